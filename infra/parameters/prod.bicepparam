// Production: a plan with headroom for the bot, a year of logs, every network's secrets.
// az deployment group create -g <rg> -f infra/main.bicep -p infra/parameters/prod.bicepparam
using '../main.bicep'

param resourceBaseName = readEnvironmentVariable('RESOURCE_BASE_NAME', 'someteamsprod')
param graphAppClientId = readEnvironmentVariable('AAD_APP_CLIENT_ID', '')
param appServiceSku = 'P0v3'
param botServiceSku = 'S1'
param functionsMaximumInstanceCount = 100
param functionsInstanceMemoryMB = 2048
param logRetentionInDays = 365
param socialSecrets = [
  { setting: 'Connectors__X__BearerToken', secretName: 'x-bearer-token' }
  { setting: 'Connectors__X__ConsumerSecret', secretName: 'x-consumer-secret' }
  { setting: 'Connectors__Facebook__PageAccessToken', secretName: 'facebook-page-access-token' }
  { setting: 'Connectors__Facebook__AppSecret', secretName: 'facebook-app-secret' }
  { setting: 'Connectors__Instagram__AccessToken', secretName: 'instagram-access-token' }
  { setting: 'Connectors__Mastodon__AccessToken', secretName: 'mastodon-access-token' }
  { setting: 'Connectors__Bluesky__AppPassword', secretName: 'bluesky-app-password' }
  { setting: 'Connectors__YouTube__ClientSecret', secretName: 'youtube-client-secret' }
  { setting: 'Connectors__YouTube__RefreshToken', secretName: 'youtube-refresh-token' }
]
