// The Azure Bot resource: the bot identity is its app id (UserAssignedMSI, single tenant),
// Teams is its only channel, and it routes activities to the bot app's /api/messages.
@description('Azure Bot resource name.')
param name string

@description('Display name shown in Teams before the app package names the bot.')
@maxLength(42)
param displayName string

@description('F0 is enough: Teams is a standard channel.')
@allowed(['F0', 'S1'])
param sku string

@description('Resource id of the bot identity.')
param identityId string

@description('Client id of the bot identity.')
param identityClientId string

@description('Tenant of the bot identity.')
param tenantId string

@description('Host name of the bot web app.')
param botDomain string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: displayName
    endpoint: 'https://${botDomain}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
