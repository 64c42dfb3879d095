using SomeTeams.Storage;
using SomeTeams.Storage.Telemetry;
using SomeTeams.Teams;
using SomeTeams.TeamsApp.Cases;
using SomeTeams.TeamsApp.Messages;
using SomeTeams.TeamsApp.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStorage(builder.Configuration).AddTeams(builder.Configuration).AddCaseWorkflow(builder.Configuration).AddBotMessages();
builder.Services.AddSomeTeamsTelemetry(builder.Configuration, "someteams-bot").AddStorageGauges(builder.Configuration);

var app = builder.Build();
app.MapBotHealth();
app.MapBotMessages();
app.Run();

public partial class Program;
