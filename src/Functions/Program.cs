using SomeTeams.Functions;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsHost();
var app = builder.Build();
app.MapFunctionsHost();
app.Run();

public partial class Program;
