// Key Vault for the social network secrets. RBAC mode (no access policies). Secrets are
// never created here: they are set out of band (infra/README.md) so they pass through
// neither parameters nor deployment history.
@description('Key Vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
