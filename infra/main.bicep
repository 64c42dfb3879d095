// SomeTeams: the whole Azure deployment at resource-group scope.
// az deployment group create -g <rg> -f infra/main.bicep -p infra/parameters/<env>.bicepparam
// or the M365 Agents Toolkit's arm/deploy (m365agents.yml, infra/main.parameters.json).
// The outputs in UPPER_CASE are what the toolkit writes back to env/.env.<env>.
targetScope = 'resourceGroup'

@description('Base of every resource name, e.g. someteamsdev.')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Bot display name in the Azure Bot resource.')
@maxLength(42)
param botDisplayName string = 'SomeTeams'

@description('App Service plan SKU of the bot.')
@allowed(['B1', 'B2', 'B3', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@description('Azure Bot SKU.')
@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('Client id of the Entra app that holds the Graph resource-specific permissions (AAD_APP_CLIENT_ID); empty until it is registered.')
param graphAppClientId string = ''

@description('Most Flex Consumption instances the functions scale out to.')
@minValue(40)
@maxValue(1000)
param functionsMaximumInstanceCount int = 40

@description('Memory per functions instance.')
@allowed([512, 2048, 4096])
param functionsInstanceMemoryMB int = 2048

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Queues the code uses (each gets a -poison twin).')
param queueNames string[] = ['mentions', 'cards', 'outbox']

@description('Tables the code uses (src/Storage/StorageNames.cs; a case and its audit rows share the cases table).')
param tableNames string[] = ['cases', 'threads', 'mentions', 'cursors', 'leases', 'conversations', 'accounthealth', 'credentials', 'quotas', 'demoactivity', 'notices', 'crisis']

@description('Blob container for the pollers\' leases.')
param leaseContainerName string = 'leases'

@description('Function app settings read from Key Vault: setting name and secret name. Secrets are set with az keyvault secret set (infra/README.md).')
param socialSecrets { setting: string, secretName: string }[] = []

var token = toLower(uniqueString(resourceGroup().id, resourceBaseName))
var suffix = take(token, 5)
var tags = { app: 'someteams', environment: resourceBaseName }
var deploymentContainerName = 'functions-deployment'
// Names are computed here, not read from module outputs, so the role assignments'
// identifiers are known before deployment (linter rule what-if-short-circuiting).
var names = {
  botIdentity: 'id-${resourceBaseName}-bot'
  functionsIdentity: 'id-${resourceBaseName}-func'
  appInsights: 'appi-${resourceBaseName}'
  storage: take('st${replace(resourceBaseName, '-', '')}${token}', 24)
  keyVault: take('kv-${take(resourceBaseName, 8)}-${token}', 24)
}

module botIdentity 'modules/identity.bicep' = {
  params: { name: names.botIdentity, location: location, tags: tags }
}

module functionsIdentity 'modules/identity.bicep' = {
  params: { name: names.functionsIdentity, location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${resourceBaseName}'
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    name: names.storage
    location: location
    tags: tags
    queueNames: queueNames
    tableNames: tableNames
    containerNames: [leaseContainerName, deploymentContainerName]
  }
}

module keyVault 'modules/keyvault.bicep' = {
  params: {
    name: names.keyVault
    location: location
    tags: tags
  }
}

// Least privilege: the internet-facing bot only reads and writes cases and queues.
module botRoles 'modules/roles.bicep' = {
  dependsOn: [botIdentity, storage, monitoring]
  params: {
    identityName: names.botIdentity
    storageAccountName: names.storage
    storageRoles: ['queueContributor', 'tableContributor']
    keyVaultName: ''
    appInsightsName: names.appInsights
  }
}

// The functions host needs Blob Data Owner for its own storage and the deployment package
// (Flex Consumption); the code needs queues, tables, the lease blobs and the secrets.
module functionsRoles 'modules/roles.bicep' = {
  dependsOn: [functionsIdentity, storage, keyVault, monitoring]
  params: {
    identityName: names.functionsIdentity
    storageAccountName: names.storage
    storageRoles: ['queueContributor', 'tableContributor', 'blobOwner']
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
}

module botApp 'modules/botapp.bicep' = {
  dependsOn: [botRoles] // the bot reads tables from its first request
  params: {
    planName: 'asp-${resourceBaseName}'
    appName: 'app-${resourceBaseName}-bot-${suffix}'
    location: location
    tags: tags
    sku: appServiceSku
    identityId: botIdentity.outputs.id
    identityClientId: botIdentity.outputs.clientId
    tenantId: botIdentity.outputs.tenantId
    graphAppClientId: graphAppClientId
    appInsightsConnectionString: monitoring.outputs.connectionString
    tableEndpoint: storage.outputs.tableEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
  }
}

module functions 'modules/functions.bicep' = {
  dependsOn: [functionsRoles] // Flex reads its package and host storage with these roles
  params: {
    planName: 'asp-${resourceBaseName}-flex'
    appName: 'func-${resourceBaseName}-${suffix}'
    location: location
    tags: tags
    identityId: functionsIdentity.outputs.id
    identityClientId: functionsIdentity.outputs.clientId
    botIdentityId: botIdentity.outputs.id
    botIdentityClientId: botIdentity.outputs.clientId
    tenantId: botIdentity.outputs.tenantId
    graphAppClientId: graphAppClientId
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    deploymentContainerName: deploymentContainerName
    leaseContainerName: leaseContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.uri
    socialSecrets: socialSecrets
    maximumInstanceCount: functionsMaximumInstanceCount
    instanceMemoryMB: functionsInstanceMemoryMB
  }
}

module bot 'modules/bot.bicep' = {
  params: {
    name: 'bot-${resourceBaseName}-${suffix}'
    displayName: botDisplayName
    sku: botServiceSku
    identityId: botIdentity.outputs.id
    identityClientId: botIdentity.outputs.clientId
    tenantId: botIdentity.outputs.tenantId
    botDomain: botApp.outputs.hostName
  }
}

// What the app package (manifest placeholders) and the deploy steps need.
output BOT_ID string = botIdentity.outputs.clientId
output BOT_TENANT_ID string = botIdentity.outputs.tenantId
output BOT_DOMAIN string = botApp.outputs.hostName
output BOT_ENDPOINT string = 'https://${botApp.outputs.hostName}'
output BOT_IDENTITY_PRINCIPAL_ID string = botIdentity.outputs.principalId
output AZURE_BOT_NAME string = bot.outputs.name
output AZURE_APP_SERVICE_RESOURCE_ID string = botApp.outputs.id
output BOT_APP_NAME string = botApp.outputs.name
output AZURE_FUNCTION_APP_RESOURCE_ID string = functions.outputs.id
output FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
