using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.Teams.Cards;

/// <summary>The shift handover card's texts and the SLA and shift messages, merged into each language's table.</summary>
public sealed partial class CardTexts
{
    private static Dictionary<string, string> HandoverTexts(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new()
        {
            [H.Title] = "Vuoronvaihto {0}", [H.Arrived] = "Saapunut edellisen vaihdon jälkeen", [H.Unclaimed] = "Ottamatta",
            [H.AwaitingApproval] = "Odottaa hyväksyntää", [H.NearSla] = "Vastausaika lähellä", [H.PastSla] = "Vastausaika ylitetty",
            [H.Cases] = "Avoimet tapaukset", [H.Nothing] = "Ei avoimia tapauksia.",
            [H.More] = "… ja {0} muuta jonossa", [H.Notes] = "Edellisen vuoron muistiinpanot", [H.NoNotes] = "Ei muistiinpanoja.",
            [H.NoteLine] = "{0}, {1}:", [H.BadgeNew] = "Uusi", [H.BadgeClaimed] = "Ottanut: {0}", [H.BadgeApproval] = "Hyväksyttävänä",
            [H.BadgeDue] = "Erääntyy {0}", [H.BadgeOverdue] = "Myöhässä, eräaika {0}",
            [H.SlaWarning] = "Tapaus on käyttänyt {0} % vastausajastaan: vastaus viimeistään {1}.",
            [H.SlaBreachedTopic] = "Vastausaika ylitetty", [H.SlaBreachedNotice] = "Tapaus ({0}) ei saanut vastausta ajassa, eräaika {1}.",
            [H.ApprovalTopic] = "Hyväksyntä odottaa",
            [H.ApprovalWaiting] = "Vastaus ({1}, kirjoittanut {2}) on odottanut hyväksyntää {0} min. Olet vuorossa oleva hyväksyjä.",
            [H.ReleasedShiftEnded] = "Varaus palautettiin jonoon: {0}:n vuoro päättyi.",
            [H.ReleasedOffline] = "Varaus palautettiin jonoon: {0} on ollut poissa linjoilta.",
            [H.OwnStats] = "Käsittelit {0} tapausta ajalla {1}–{2}. Koko tiimin yhteenveto näytetään esihenkilöille.",
        },
        CardLanguage.Sv => new()
        {
            [H.Title] = "Skiftbyte {0}", [H.Arrived] = "Inkommit sedan förra bytet", [H.Unclaimed] = "Ej tagna",
            [H.AwaitingApproval] = "Väntar på godkännande", [H.NearSla] = "Svarstiden nära", [H.PastSla] = "Svarstiden överskriden",
            [H.Cases] = "Öppna ärenden", [H.Nothing] = "Inga öppna ärenden.",
            [H.More] = "… och {0} till i kön", [H.Notes] = "Förra skiftets anteckningar", [H.NoNotes] = "Inga anteckningar.",
            [H.NoteLine] = "{0}, {1}:", [H.BadgeNew] = "Ny", [H.BadgeClaimed] = "Tagen av {0}", [H.BadgeApproval] = "För godkännande",
            [H.BadgeDue] = "Förfaller {0}", [H.BadgeOverdue] = "Försenad, förföll {0}",
            [H.SlaWarning] = "Ärendet har använt {0} % av sin svarstid: svara senast {1}.",
            [H.SlaBreachedTopic] = "Svarstiden överskriden", [H.SlaBreachedNotice] = "Ett ärende ({0}) fick inget svar i tid, förföll {1}.",
            [H.ApprovalTopic] = "Godkännande väntar",
            [H.ApprovalWaiting] = "Ett svar ({1}, skrivet av {2}) har väntat på godkännande i {0} min. Du är godkännaren i tjänst.",
            [H.ReleasedShiftEnded] = "Ärendet återlämnades till kön: {0}s skift slutade.",
            [H.ReleasedOffline] = "Ärendet återlämnades till kön: {0} har varit offline.",
            [H.OwnStats] = "Du hanterade {0} ärenden under {1}–{2}. Hela teamets sammanfattning visas för chefer.",
        },
        _ => new()
        {
            [H.Title] = "Shift handover {0}", [H.Arrived] = "Arrived since the last handover", [H.Unclaimed] = "Unclaimed",
            [H.AwaitingApproval] = "Awaiting approval", [H.NearSla] = "Near the response target", [H.PastSla] = "Past the response target",
            [H.Cases] = "Open cases", [H.Nothing] = "No open cases.",
            [H.More] = "… and {0} more in the queue", [H.Notes] = "Notes from the last shift", [H.NoNotes] = "No notes.",
            [H.NoteLine] = "{0}, {1}:", [H.BadgeNew] = "New", [H.BadgeClaimed] = "Claimed by {0}", [H.BadgeApproval] = "Awaiting approval",
            [H.BadgeDue] = "Due {0}", [H.BadgeOverdue] = "Overdue, was due {0}",
            [H.SlaWarning] = "This case has used {0} % of its response time: answer by {1}.",
            [H.SlaBreachedTopic] = "Response target missed", [H.SlaBreachedNotice] = "A case ({0}) got no response in time; it was due {1}.",
            [H.ApprovalTopic] = "Approval waiting",
            [H.ApprovalWaiting] = "A reply ({1}, drafted by {2}) has waited {0} min for approval. You are the approver on shift.",
            [H.ReleasedShiftEnded] = "Claim released to the queue: {0}'s shift ended.",
            [H.ReleasedOffline] = "Claim released to the queue: {0} has been offline.",
            [H.OwnStats] = "You handled {0} cases from {1} to {2}. The team's summary is shown to managers.",
        },
    };
}
