// Development / test environment: smallest SKUs, short log retention.
// az deployment group create -g <rg> -f infra/main.bicep -p infra/parameters/dev.bicepparam
using '../main.bicep'

param resourceBaseName = readEnvironmentVariable('RESOURCE_BASE_NAME', 'someteamsdev')
param graphAppClientId = readEnvironmentVariable('AAD_APP_CLIENT_ID', '')
param appServiceSku = 'B1'
param botServiceSku = 'F0'
param functionsMaximumInstanceCount = 40
param functionsInstanceMemoryMB = 2048
param logRetentionInDays = 30
param socialSecrets = [
  { setting: 'Connectors__Mastodon__AccessToken', secretName: 'mastodon-access-token' }
  { setting: 'Connectors__Bluesky__AppPassword', secretName: 'bluesky-app-password' }
]
