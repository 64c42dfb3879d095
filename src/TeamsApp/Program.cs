using SomeTeams.Storage;
using SomeTeams.Teams;
using SomeTeams.TeamsApp.Cases;
using SomeTeams.TeamsApp.Messages;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStorage(builder.Configuration).AddTeams(builder.Configuration).AddCaseWorkflow(builder.Configuration).AddBotMessages();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapBotMessages();
app.Run();

public partial class Program;
