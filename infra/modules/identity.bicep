// A user-assigned managed identity. main.bicep creates two: the bot's (it is also the
// Azure Bot's app id, msaAppType UserAssignedMSI) and the functions host's.
@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
