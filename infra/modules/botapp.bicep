// The bot (src/TeamsApp): a Linux App Service with the bot's user-assigned identity. The
// identity is the bot's Microsoft App Id, reads and writes cases, and exchanges its token
// for Graph (federated credential on the Graph app, infra/README.md).
@description('App Service plan name.')
param planName string

@description('Web app name; its host name becomes BOT_DOMAIN.')
param appName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('App Service plan SKU; B1 is the smallest with Always On.')
@allowed(['B1', 'B2', 'B3', 'P0v3', 'P1v3'])
param sku string

@description('Resource id of the bot identity.')
param identityId string

@description('Client id of the bot identity (= Bot:AppId).')
param identityClientId string

@description('Tenant of the bot identity.')
param tenantId string

@description('Client id of the Entra app that holds the Graph resource-specific permissions; empty when not registered yet.')
param graphAppClientId string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Table service endpoint.')
param tableEndpoint string

@description('Queue service endpoint.')
param queueEndpoint string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku }
  properties: { reserved: true }
}

var graphSettings = empty(graphAppClientId) ? [] : [
  { name: 'Graph__ClientId', value: graphAppClientId }
  { name: 'Graph__TenantId', value: tenantId }
]

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // Teams expects an answer within seconds; no cold starts.
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: concat(
        [
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
          { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
          { name: 'AZURE_CLIENT_ID', value: identityClientId } // DefaultAzureCredential picks this identity.
          { name: 'Bot__AppId', value: identityClientId }
          { name: 'Bot__TenantId', value: tenantId }
          { name: 'Storage__TableServiceUri', value: tableEndpoint }
          { name: 'Storage__QueueServiceUri', value: queueEndpoint }
        ],
        graphSettings
      )
    }
  }
}

output id string = app.id
output name string = app.name
output hostName string = app.properties.defaultHostName
