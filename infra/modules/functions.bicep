// src/Functions as an Azure Functions custom handler on Flex Consumption
// (shared/reference/hosting-infra.md §1.9, §3.4). The app carries two identities: its own
// (host storage, data, Key Vault) and the bot's (to post cards to Teams as the bot).
@description('Flex Consumption plan name.')
param planName string

@description('Function app name.')
param appName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Resource id of the functions identity.')
param identityId string

@description('Client id of the functions identity.')
param identityClientId string

@description('Resource id of the bot identity.')
param botIdentityId string

@description('Client id of the bot identity (= Bot:AppId).')
param botIdentityClientId string

@description('Tenant of the bot.')
param tenantId string

@description('Client id of the Entra app that holds the Graph permissions; empty when not registered yet.')
param graphAppClientId string

@description('Blob, queue and table endpoints of the storage account.')
param storageEndpoints { blob: string, queue: string, table: string }

@description('Blob container Flex Consumption deploys the package from.')
param deploymentContainerName string

@description('Blob container for the pollers\' leases.')
param leaseContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Key Vault URI, ending with a slash.')
param keyVaultUri string

@description('App settings filled from Key Vault secrets: setting name and secret name.')
param socialSecrets { setting: string, secretName: string }[]

@description('Most instances Flex may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

var secretSettings = [
  for s in socialSecrets: {
    name: s.setting
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${s.secretName}/)'
  }
]
var graphSettings = empty(graphAppClientId) ? [] : [
  { name: 'Graph__ClientId', value: graphAppClientId }
  { name: 'Graph__TenantId', value: tenantId }
]

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {}, '${botIdentityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId // resolves @Microsoft.KeyVault(...) settings
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(
        [
          // Host storage (triggers, timer singletons) with the identity; no keys anywhere.
          { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
          { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
          { name: 'AzureWebJobsStorage__blobServiceUri', value: storageEndpoints.blob }
          { name: 'AzureWebJobsStorage__queueServiceUri', value: storageEndpoints.queue }
          { name: 'AzureWebJobsStorage__tableServiceUri', value: storageEndpoints.table }
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
          { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
          { name: 'AZURE_CLIENT_ID', value: identityClientId }
          { name: 'Bot__AppId', value: botIdentityClientId }
          { name: 'Bot__TenantId', value: tenantId }
          { name: 'Storage__TableServiceUri', value: storageEndpoints.table }
          { name: 'Storage__QueueServiceUri', value: storageEndpoints.queue }
          { name: 'Storage__BlobServiceUri', value: storageEndpoints.blob }
          { name: 'Storage__LeaseContainer', value: leaseContainerName }
        ],
        graphSettings,
        secretSettings
      )
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // The custom-handler stack; no FUNCTIONS_WORKER_RUNTIME on Flex.
      runtime: { name: 'custom', version: '1.0' }
    }
  }
}

output id string = app.id
output name string = app.name
