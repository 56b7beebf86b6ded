<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../netdesk/ui/help_windows.py" line="+133"/>
        <source>About netdesk</source>
        <translation>Over netdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture who you meet at events, swap QR cards and follow up. Everything stays in one file on this computer.</source>
        <translation>Leg vast wie je op evenementen ontmoet, wissel QR-kaartjes uit en volg op. Alles blijft in één bestand op deze computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netdesk/ui/app.py" line="+88"/>
        <source>netdesk cannot open your data</source>
        <translation>netdesk kan je gegevens niet openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}.

Nothing was changed. To start from one of the automatic backups, run: netdesk restore FILE (the backups are in {folder}).</source>
        <translation>{reason}.

Er is niets veranderd. Om verder te gaan met een van de automatische back-ups, voer je uit: netdesk restore BESTAND (de back-ups staan in {folder}).</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../netdesk/ui/followups/cadence_dialog.py" line="+110"/>
        <source>Keep in touch with {name}</source>
        <translation>Contact houden met {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Get in touch</source>
        <translation>Neem contact op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Volgende keer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Their tags ask for every {days} days; that applies unless you choose here.</source>
        <translation>Hun labels vragen om elke {days} dagen; dat geldt, tenzij je hier iets kiest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This replaces the every {days} days their tags ask for.</source>
        <translation>Dit vervangt de elke {days} dagen waar hun labels om vragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also settable per tag in the Preferences.</source>
        <translation>Ook per label in te stellen in de Voorkeuren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not due: no keep-in-touch cadence.</source>
        <translation>Niet aan de beurt: geen contactfrequentie ingesteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A follow-up is open (due {open}); after it, every {days} days.</source>
        <translation>Er staat een opvolging open (uiterlijk {open}); daarna elke {days} dagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}: due today.</source>
        <translation>{date}: vandaag aan de beurt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}: due now, {late} days ago.</source>
        <translation>{date}: nu aan de beurt, sinds {late} dagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date}, in {days} days.</source>
        <translation>{date}, over {days} dagen.</translation>
    </message>
</context>
<context>
    <name>CadencePicker</name>
    <message>
        <location line="-132"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every … days</source>
        <translation>Elke … dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../netdesk/ui/card/card_editor.py" line="+74"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short note</source>
        <translation>Korte notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>one per line</source>
        <translation>één per regel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>one per line, e.g. +31 6 1234 5678</source>
        <translation>één per regel, bijv. +31 6 1234 5678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields (ticked ones are in the code)</source>
        <translation>Velden (aangevinkte staan in de code)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vCard 3.0 (best for phone cameras)</source>
        <translation>vCard 3.0 (best voor telefoons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MECARD (shorter, fewer fields)</source>
        <translation>MECARD (korter, minder velden)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PNG…</source>
        <translation>PNG opslaan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save SVG…</source>
        <translation>SVG opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards PDF…</source>
        <translation>Kaartjes-pdf…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badges…</source>
        <translation>Badges…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of business cards with this profile, with cut lines</source>
        <translation>Een pagina visitekaartjes met dit profiel, met snijlijnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name badges for an attendee list (CSV with name, organisation, email)</source>
        <translation>Naambadges voor een deelnemerslijst (CSV met naam, organisatie, e-mail)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the code as large as the screen allows; Esc leaves</source>
        <translation>Toon de code zo groot als het scherm toelaat; Esc sluit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen</source>
        <translation>Scherm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number}: {name} ({width}×{height})</source>
        <translation>{number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Delete the profile &apos;{profile}&apos;? Its fields are not kept anywhere else.</source>
        <translation>Het profiel &apos;{profile}&apos; verwijderen? De velden worden nergens anders bewaard.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Writing {file}…</source>
        <translation>{file} wordt geschreven…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>screen</source>
        <translation>scherm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New card profile</source>
        <translation>Nieuw kaartprofiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name (work, personal…):</source>
        <translation>Profielnaam (werk, privé…):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete card profile</source>
        <translation>Kaartprofiel verwijderen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Save QR code as PNG</source>
        <translation>QR-code opslaan als PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save QR code as SVG</source>
        <translation>QR-code opslaan als SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save business cards PDF</source>
        <translation>Pdf met visitekaartjes opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save name badges PDF</source>
        <translation>Pdf met naambadges opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendee list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CardPresenter</name>
    <message>
        <location filename="../../netdesk/ui/card/card_presenter.py" line="+142"/>
        <source>My card</source>
        <translation>Mijn kaartje</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Esc to leave</source>
        <translation>Esc om te sluiten</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../netdesk/ui/followups/email_drafts.py" line="+52"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opened in your mail program.</source>
        <translation>Geopend in je mailprogramma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail program answered; use Copy instead.</source>
        <translation>Geen mailprogramma reageerde; gebruik Kopiëren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied: paste it into any mail program.</source>
        <translation>Gekopieerd: plak het in een willekeurig mailprogramma.</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <location line="+24"/>
        <source>Email draft</source>
        <translation>E-mailconcept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Sjablonen bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../netdesk/ui/events/event_dialog.py" line="+44"/>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Business Breakfast Utrecht</source>
        <translation>bijv. Zakenontbijt Utrecht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. find 2 peers with the pumping-station problem</source>
        <translation>bijv. 2 vakgenoten vinden met het gemaalprobleem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tick off</source>
        <translation>&amp;Afvinken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count one more for a goal that is counted by hand</source>
        <translation>Tel er één bij voor een doel dat met de hand wordt geteld</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{text} — {progress} of {target}</source>
        <translation>{text} — {progress} van {target}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counts people met from department {name}</source>
        <translation>Telt ontmoete mensen van afdeling {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts people met from organisation {name}</source>
        <translation>Telt ontmoete mensen van organisatie {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts people met tagged {name}</source>
        <translation>Telt ontmoete mensen met label {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts colleagues met (internal people)</source>
        <translation>Telt ontmoete collega’s (interne mensen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts people met from outside your organisation</source>
        <translation>Telt ontmoete mensen van buiten je organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts introductions you make from the event&apos;s first day</source>
        <translation>Telt introducties die je doet vanaf de eerste dag van het evenement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion found: tick it off here when done (or name a department, organisation or tag, e.g. “meet someone from Legal”)</source>
        <translation>Geen criterium gevonden: vink het hier af als het gedaan is (of noem een afdeling, organisatie of label, bijv. “iemand van Juridische Zaken ontmoeten”)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{hint} (target {target})</source>
        <translation>{hint} (doel {target})</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals</source>
        <translation>Do&amp;elen</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../netdesk/ui/events/events_view.py" line="+73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People met</source>
        <translation>Ontmoet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open follow-ups</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The current event: quick capture adds people here</source>
        <translation>Het huidige evenement: snel vastleggen voegt mensen hieraan toe</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location line="+36"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People met</source>
        <translation>&amp;Ontmoete mensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review…</source>
        <translation>Na&amp;lopen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk through everyone you met there and decide how to follow up (Ctrl+R)</source>
        <translation>Loop iedereen na die je daar ontmoette en beslis hoe je opvolgt (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brief…</source>
        <translation>Brie&amp;fing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the event: its goals, who you already know there and what you owe them</source>
        <translation>Voor het evenement: de doelen, wie je er al kent en wat je hen nog schuldig bent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;current</source>
        <translation>Als &amp;huidige instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick capture (Ctrl+N) adds people to this event</source>
        <translation>Snel vastleggen (Ctrl+N) voegt mensen aan dit evenement toe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create your first event</source>
        <translation>Maak je eerste evenement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event is where you meet people: a business breakfast, a workshop, a conference or an away-day. Give it a goal, and everyone you capture there is remembered with it.</source>
        <translation>Op een evenement ontmoet je mensen: een zakenontbijt, een workshop, een congres of een heidag. Geef het een doel, en iedereen die je daar vastlegt, wordt eraan gekoppeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an event…</source>
        <translation>Evenement maken…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evenement</numerusform>
            <numerusform>%n evenementen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Quick capture now adds people to {name}.</source>
        <translation>Snel vastleggen voegt mensen nu toe aan {name}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Moved {name} to the trash. Undo with Ctrl+Z.</source>
        <translation>{name} is naar de prullenbak verplaatst. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ExchangeRow</name>
    <message>
        <location filename="../../netdesk/ui/events/review_rows.py" line="+100"/>
        <source>What you gave them</source>
        <translation>Wat jij hen gaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they gave you</source>
        <translation>Wat zij jou gaven</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../netdesk/ui/followups/followup_dialog.py" line="+52"/>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with {name}</source>
        <translation>Opvolging voor {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Send the slides from the talk</source>
        <translation>bijv. De slides van de presentatie sturen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <location filename="../../netdesk/ui/followups/followups_view.py" line="+46"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Done</source>
        <translation>Af&amp;ronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Markeer de geselecteerde opvolgingen als afgerond (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until &amp;tomorrow</source>
        <translation>Tot &amp;morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until &amp;next week</source>
        <translation>Tot &amp;volgende week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until a &amp;date…</source>
        <translation>Tot een &amp;datum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;person</source>
        <translation>Naar &amp;persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to follow up yet</source>
        <translation>Nog niets op te volgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After an event, add what you promised people: send the slides, introduce them to a colleague, a coffee. Select someone in People and choose “Add follow-up”, or add one in quick capture (Ctrl+N).</source>
        <translation>Noteer na een evenement wat je mensen beloofd hebt: de slides sturen, ze voorstellen aan een collega, koffie drinken. Selecteer iemand bij Mensen en kies ‘Opvolging toevoegen’, of voeg er een toe bij snel vastleggen (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{title} ({shown} of {count} most recent)</source>
        <translation>{title} ({shown} van {count}, meest recente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until &amp;next week ({day})</source>
        <translation>Tot &amp;volgende week ({day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} open · {overdue} overdue</source>
        <translation>{open} open · {overdue} te laat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>done {date}</source>
        <translation>afgerond {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} (snoozed)</source>
        <translation>{date} (uitgesteld)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Mark follow-ups done</source>
        <translation>Opvolgingen afronden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {n}. Undo with Ctrl+Z.</source>
        <translation>Afgerond: {n}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen follow-ups</source>
        <translation>Opvolgingen heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened {n}.</source>
        <translation>Heropend: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze follow-ups</source>
        <translation>Opvolgingen uitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed {n} until {day}.</source>
        <translation>{n} uitgesteld tot {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze until</source>
        <translation>Uitstellen tot</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../netdesk/ui/help_windows.py" line="-94"/>
        <source>Guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before the event</source>
        <translation>Vóór het evenement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the event: {new_event}.</source>
        <translation>Maak het evenement aan: {new_event}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set goals in the event: whom you want to meet and how many. The review counts them for you.</source>
        <translation>Stel doelen in bij het evenement: wie je wilt ontmoeten en hoeveel. Bij het nalopen worden ze voor je geteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the QR card others will scan on {card}.</source>
        <translation>Controleer op {card} het QR-kaartje dat anderen scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print name badges for the attendee list on the same page.</source>
        <translation>Druk op dezelfde pagina naambadges af voor de deelnemerslijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the event</source>
        <translation>Op het evenement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the event in the toolbar: everyone you add is met there.</source>
        <translation>Kies het evenement in de werkbalk: iedereen die je toevoegt, heb je daar ontmoet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your card full screen for others to scan: {present}.</source>
        <translation>Toon je kaartje schermvullend zodat anderen het scannen: {present}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan cards and badges from photos, the clipboard or the camera: {scan}.</source>
        <translation>Scan kaartjes en badges van foto&apos;s, het klembord of de camera: {scan}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note someone in seconds, with the follow-up you promised: {capture}.</source>
        <translation>Noteer iemand in een paar seconden, met de opvolging die je beloofde: {capture}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the event</source>
        <translation>Na het evenement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review everyone you met, one card each, and choose how to follow up: {review}.</source>
        <translation>Loop iedereen na die je ontmoette, één kaart per persoon, en kies hoe je opvolgt: {review}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through what is due, done or snoozed: {followups}.</source>
        <translation>Werk af wat openstaat, afgerond of uitgesteld is: {followups}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give before you take: note what you gave and received (exchanges) on a person, and introduce people who should meet.</source>
        <translation>Geef voordat je neemt: noteer bij een persoon wat je gaf en kreeg (uitwisselingen), en stel mensen aan elkaar voor die elkaar moeten leren kennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See whether you give as much as you get: {insights}.</source>
        <translation>Zie of je evenveel geeft als je krijgt: {insights}.</translation>
    </message>
</context>
<context>
    <name>HomeBoard</name>
    <message>
        <location filename="../../netdesk/ui/home/home_cards.py" line="+73"/>
        <source>Your event</source>
        <translation>Je evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>Opvolgingen aan de beurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to make</source>
        <translation>Introducties om te maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers for your challenges</source>
        <translation>Vakgenoten voor je uitdagingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Givers to thank</source>
        <translation>Gevers om te bedanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going cold</source>
        <translation>Uit het oog aan het raken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No event coming up. Add one with File ▸ New event.</source>
        <translation>Er komt geen evenement aan. Voeg er een toe met Bestand ▸ Nieuw evenement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{mark} {goal}: {done} of {target}</source>
        <translation>{mark} {goal}: {done} van {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{known} of the {expected} people expected there you already know.</source>
        <translation>Van de {expected} verwachte mensen ken je er al {known}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the brief…</source>
        <translation>Lees de briefing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing due. Well done.</source>
        <translation>Niets aan de beurt. Goed bezig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{due} · {what} — {person}</source>
        <translation>{due} · {what} — {person}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n follow-up(s) due…</source>
        <translation>
            <numerusform>De %n opvolging die aan de beurt is…</numerusform>
            <numerusform>Alle %n opvolgingen die aan de beurt zijn…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How did introducing {a} to {b} ({day}) go? {record}</source>
        <translation>Hoe ging de introductie van {a} bij {b} ({day})? {record}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the outcome…</source>
        <translation>Resultaat vastleggen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No needs and offers to pair yet. Note people&apos;s challenges and what they offer on their page, or in quick capture with ? and +.</source>
        <translation>Nog geen vraag en aanbod om te koppelen. Noteer de uitdagingen van mensen en wat ze te bieden hebben op hun pagina, of bij snel vastleggen met ? en +.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{offer} offers what {need} needs ({topic}): {introduce}</source>
        <translation>{offer} biedt wat {need} zoekt ({topic}): {introduce}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>introduce them?</source>
        <translation>aan elkaar voorstellen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add your own challenges in Edit ▸ Preferences ▸ My topics to find peers who have the same problem.</source>
        <translation>Voeg je eigen uitdagingen toe via Bewerken ▸ Voorkeuren ▸ Mijn onderwerpen om vakgenoten met hetzelfde probleem te vinden.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n peer(s) known</source>
        <translation>
            <numerusform>%n bekende vakgenoot</numerusform>
            <numerusform>%n bekende vakgenoten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, met at {event}</source>
        <translation>, ontmoet op {event}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Most met at {event} ({n})</source>
        <translation>De meesten ontmoet op {event} ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone who gave you something has heard from you.</source>
        <translation>Iedereen die je iets gaf, heeft van je gehoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person} gave you something on {day}</source>
        <translation>{person} gaf je iets op {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is overdue for a keep-in-touch.</source>
        <translation>Niemand wacht te lang op een berichtje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}: last in touch {day}</source>
        <translation>{person}: laatste contact {day}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../netdesk/ui/home/home_view.py" line="+61"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Monthly &amp;report…</source>
        <translation>Maand&amp;rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to netdesk</source>
        <translation>Welkom bij netdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with your next event: create it, set a goal, and capture the people you meet there (Ctrl+N). This page then shows what to do each day.</source>
        <translation>Begin met je volgende evenement: maak het aan, stel een doel en leg de mensen vast die je er ontmoet (Ctrl+N). Deze pagina laat dan elke dag zien wat er te doen is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show events</source>
        <translation>Evenementen tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting your day ready…</source>
        <translation>Je dag wordt klaargezet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Home could not be filled in: {error}</source>
        <translation>Start kon niet worden ingevuld: {error}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Home could not be filled in</source>
        <translation>Start kon niet worden ingevuld</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>updated {time}</source>
        <translation>bijgewerkt {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{offer} can help with {topic}, which {need} is working on</source>
        <translation>{offer} kan helpen met {topic}, waar {need} mee bezig is</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outcome of the introduction</source>
        <translation>Resultaat van de introductie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came of it? (a coffee, a pilot, not a fit…)</source>
        <translation>Wat kwam eruit? (een kop koffie, een pilot, geen match…)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netdesk/ui/importing/import_dialog.py" line="+78"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files…</source>
        <translation>De bestanden worden gelezen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what will happen</source>
        <translation>&amp;Laten zien wat er gebeurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Working out who is new and who is known…</source>
        <translation>Uitzoeken wie nieuw is en wie al bekend is…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{new} new · {merge} to merge · {duplicate} duplicates in the file · {unchanged} unchanged · {unusable} cannot be used</source>
        <translation>{new} nieuw · {merge} samen te voegen · {duplicate} dubbel in het bestand · {unchanged} ongewijzigd · {unusable} onbruikbaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} left out</source>
        <translation>{n} weggelaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is written until you press Import; untick a row to leave it out.</source>
        <translation>Er wordt niets opgeslagen voordat u op Importeren drukt; vink een rij uit om die weg te laten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
</context>
<context>
    <name>InsightsBoard</name>
    <message>
        <location filename="../../netdesk/ui/insights/insights_board.py" line="+36"/>
        <source>Internal network</source>
        <translation>Intern netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave and received</source>
        <translation>Gegeven en ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-through</source>
        <translation>Opvolging in de praktijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions</source>
        <translation>Introducties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No colleagues recorded yet.</source>
        <translation>Nog geen collega&apos;s vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark people from your own organisation as internal to see which departments you reach and which you never meet.</source>
        <translation>Markeer mensen uit je eigen organisatie als intern om te zien welke afdelingen je bereikt en welke je nooit ontmoet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{met} of {all} departments met in the last 12 months · {known}</source>
        <translation>{met} van {all} afdelingen ontmoet in de afgelopen 12 maanden · {known}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n colleague(s) known</source>
        <translation>
            <numerusform>%n collega bekend</numerusform>
            <numerusform>%n collega&apos;s bekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+54"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n meer)</numerusform>
            <numerusform>(+%n meer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Not met lately: {names}</source>
        <translation>Lang niet ontmoet: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have met nobody from {missing} lately: ask {name} ({department}) for an introduction.</source>
        <translation>Je hebt de laatste tijd niemand van {missing} ontmoet: vraag {name} ({department}) om een introductie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have met nobody from {missing} lately: look for them at the next internal event.</source>
        <translation>Je hebt de laatste tijd niemand van {missing} ontmoet: zoek ze op bij het volgende interne evenement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You met someone from every department this year: keep crossing the silos.</source>
        <translation>Je hebt dit jaar iemand van elke afdeling ontmoet: blijf over de muurtjes heen kijken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No organisations recorded yet.</source>
        <translation>Nog geen organisaties vastgelegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the organisation when you capture someone.</source>
        <translation>Vul de organisatie in wanneer je iemand vastlegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You know people at %n organisation(s).</source>
        <translation>
            <numerusform>Je kent mensen bij %n organisatie.</numerusform>
            <numerusform>Je kent mensen bij %n organisaties.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met (12 mo.)</source>
        <translation>Ontmoet (12 mnd.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last met</source>
        <translation>Laatst ontmoet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Met once, never followed up: {names}</source>
        <translation>Eén keer ontmoet, nooit opgevolgd: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n organisation(s) met once and never heard from you again: a short note to {name} keeps the door open.</source>
        <translation>
            <numerusform>%n organisatie één keer ontmoet en daarna nooit meer van je gehoord: een kort bericht aan {name} houdt de deur open.</numerusform>
            <numerusform>%n organisaties één keer ontmoet en daarna nooit meer van je gehoord: een kort bericht aan {name} houdt de deur open.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every organisation you met has heard from you again.</source>
        <translation>Elke organisatie die je ontmoette, heeft weer van je gehoord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing given or received recorded yet.</source>
        <translation>Nog niets gegeven of ontvangen vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log what you give and receive (a person&apos;s page, or the review after an event): networking works for givers.</source>
        <translation>Leg vast wat je geeft en ontvangt (op iemands pagina, of bij het nalopen na een evenement): netwerken werkt voor gevers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You gave {gave} times and received {received} times.</source>
        <translation>Je gaf {gave} keer en ontving {received} keer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received more than you gave (%n): </source>
        <translation>
            <numerusform>Meer ontvangen dan gegeven (%n): </numerusform>
            <numerusform>Meer ontvangen dan gegeven (%n): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n giver(s) have not heard from you since they helped: start by thanking {name}.</source>
        <translation>
            <numerusform>%n gever heeft niets meer van je gehoord sinds de hulp: begin met {name} te bedanken.</numerusform>
            <numerusform>%n gevers hebben niets meer van je gehoord sinds hun hulp: begin met {name} te bedanken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Look for a way to help {name}: you have received more than you gave.</source>
        <translation>Zoek een manier om {name} te helpen: je hebt meer ontvangen dan gegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You give at least as much as you take: keep it that way.</source>
        <translation>Je geeft minstens zoveel als je neemt: houd dat zo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{on_time} done on time · {late} done late · {open} open · {overdue} overdue</source>
        <translation>{on_time} op tijd afgerond · {late} te laat afgerond · {open} open · {overdue} te laat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done on time: {share} of the follow-ups that were due.</source>
        <translation>Op tijd afgerond: {share} van de opvolgingen die aan de beurt waren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Ontmoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up in 7 days</source>
        <translation>Binnen 7 dagen opgevolgd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Across these events: {share} followed up within a week.</source>
        <translation>Over deze evenementen: {share} binnen een week opgevolgd.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue: clear those first, a short note is enough.</source>
        <translation>
            <numerusform>%n opvolging te laat: handel die eerst af, een kort bericht is genoeg.</numerusform>
            <numerusform>%n opvolgingen te laat: handel die eerst af, een kort bericht is genoeg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{silent} of the {met} people met at {event} have not heard from you within a week: review that event.</source>
        <translation>{silent} van de {met} mensen die je op {event} ontmoette, hebben binnen een week niets van je gehoord: loop dat evenement na.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing overdue: the follow-up habit is working.</source>
        <translation>Niets te laat: de gewoonte om op te volgen werkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{part} of {whole}</source>
        <translation>{part} van {whole}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} of {whole} ({percent} %)</source>
        <translation>{part} van {whole} ({percent} %)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) due by their cadence.</source>
        <translation>
            <numerusform>%n persoon is aan de beurt volgens de frequentie.</numerusform>
            <numerusform>%n personen zijn aan de beurt volgens hun frequentie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} · last contact {day} · every {days} days</source>
        <translation>{name} · laatste contact {day} · elke {days} dagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A short message is enough: it resets their cadence.</source>
        <translation>Een kort bericht is genoeg: daarmee begint hun frequentie opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a keep-in-touch cadence on the people and tags that matter (Preferences, or a person&apos;s page).</source>
        <translation>Stel een contactfrequentie in voor de mensen en labels die ertoe doen (Voorkeuren, of iemands pagina).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n introduction(s) made</source>
        <translation>
            <numerusform>%n introductie gedaan</numerusform>
            <numerusform>%n introducties gedaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} with an outcome</source>
        <translation>{count} met een resultaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Introduced most: {names}</source>
        <translation>Het vaakst geïntroduceerd: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduced you to others: {names}</source>
        <translation>Heeft je aan anderen voorgesteld: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} introduced you to %n person(s): return the favour with an introduction of your own.</source>
        <translation>
            <numerusform>{name} heeft je aan %n persoon voorgesteld: doe iets terug met een introductie van jezelf.</numerusform>
            <numerusform>{name} heeft je aan %n personen voorgesteld: doe iets terug met een introductie van jezelf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Introduce two people who share a problem: it is the most valuable thing you can give.</source>
        <translation>Stel twee mensen met hetzelfde probleem aan elkaar voor: het waardevolste wat je kunt geven.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Ask how %n introduction(s) went: the outcome is not recorded yet.</source>
        <translation>
            <numerusform>Vraag hoe %n introductie is gegaan: het resultaat is nog niet vastgelegd.</numerusform>
            <numerusform>Vraag hoe %n introducties zijn gegaan: het resultaat is nog niet vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every introduction has an outcome recorded.</source>
        <translation>Bij elke introductie is een resultaat vastgelegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reached} of {total} goals reached</source>
        <translation>{reached} van {total} doelen bereikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>standing goal</source>
        <translation>doorlopend doel</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals that name a department, organisation or tag count themselves from the people you meet.</source>
        <translation>Doelen die een afdeling, organisatie of label noemen, tellen zichzelf op uit de mensen die je ontmoet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give your next event a goal, such as “meet someone from Legal”.</source>
        <translation>Geef je volgende evenement een doel, zoals ‘iemand van Juridische Zaken ontmoeten’.</translation>
    </message>
</context>
<context>
    <name>InsightsCards</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/insights/insights_cards.py" line="+43"/>
        <source>%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Other ({count} departments)</source>
        <translation>Overige ({count} afdelingen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met in the last 12 months</source>
        <translation>Ontmoet in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gave</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../netdesk/ui/insights/insights_view.py" line="+71"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to learn from yet</source>
        <translation>Nog niets om van te leren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights appear once you have met people: which departments and organisations you reach, what you gave and received, and how well you follow up. Capture the people you meet at your next event (Ctrl+N).</source>
        <translation>Inzichten verschijnen zodra je mensen hebt ontmoet: welke afdelingen en organisaties je bereikt, wat je gaf en ontving, en hoe goed je opvolgt. Leg de mensen vast die je op je volgende evenement ontmoet (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show events</source>
        <translation>Evenementen tonen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working out your insights…</source>
        <translation>Je inzichten worden berekend…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Insights could not be worked out: {error}</source>
        <translation>Inzichten konden niet worden berekend: {error}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Insights could not be worked out</source>
        <translation>Inzichten konden niet worden berekend</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{people} people · updated {time}</source>
        <translation>{people} mensen · bijgewerkt {time}</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <location filename="../../netdesk/ui/followups/introduce_dialog.py" line="+59"/>
        <source>Introduce {name}</source>
        <translation>{name} introduceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, organisation or tag…</source>
        <translation>Typ een naam, organisatie of label…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they should meet, in one line</source>
        <translation>Waarom ze elkaar moeten ontmoeten, in één regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask {name} how it went, on</source>
        <translation>Vraag {name} &amp;hoe het ging, op</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Introduce:</source>
        <translation>Introduceer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Introduce</source>
        <translation>&amp;Introduceren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft email to both:</source>
        <translation>Conceptmail aan beiden:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Introducing to {name}</source>
        <translation>Introductie bij {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask {name} how the introduction to {other} went, on</source>
        <translation>Vraag {name} &amp;hoe de introductie bij {other} ging, op</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="+71"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current event:</source>
        <translation>Huidig evenement:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick capture (Ctrl+N) adds people to this event</source>
        <translation>Snel vastleggen (Ctrl+N) voegt mensen aan dit evenement toe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search people… (Ctrl+F)</source>
        <translation>Mensen zoeken… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quick &amp;capture…</source>
        <translation>Snel &amp;vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture someone you just met (Ctrl+N)</source>
        <translation>Leg iemand vast die je net hebt ontmoet (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Capture</source>
        <translation>+ Vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {what}</source>
        <translation>Ongedaan gemaakt: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Present my card</source>
        <translation>&amp;Mijn kaartje tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your QR card full screen (F5)</source>
        <translation>Toon je QR-kaartje schermvullend (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>Contacten &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past i&amp;mports…</source>
        <translation>Eerdere im&amp;ports…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last i&amp;mport</source>
        <translation>Laatste import ongedaan &amp;maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove who the last import added and restore who it merged into</source>
        <translation>Verwijder wie de laatste import toevoegde en zet terug wie hij samenvoegde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Terugzetten vanuit een back-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database to the backups folder</source>
        <translation>Kopieer de database naar de back-upmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review…</source>
        <translation>Na&amp;lopen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk through everyone you met at an event and decide how to follow up</source>
        <translation>Loop iedereen langs die je op een evenement hebt ontmoet en bepaal hoe je opvolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brief…</source>
        <translation>Brie&amp;fing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an event: its goals, who you already know there, what you owe them</source>
        <translation>Voor een evenement: de doelen, wie je er al kent, wat je hen nog schuldig bent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly re&amp;port…</source>
        <translation>Maand&amp;rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone as &amp;vCard…</source>
        <translation>Iedereen als &amp;vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone as &amp;CSV…</source>
        <translation>Iedereen als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;JSON backup…</source>
        <translation>Een &amp;JSON-back-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups to a c&amp;alendar…</source>
        <translation>Opvolgingen naar een &amp;agenda…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email &amp;templates…</source>
        <translation>E-mail&amp;sjablonen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Even&amp;ts</source>
        <translation>&amp;Evenementen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About netdesk</source>
        <translation>&amp;Over netdesk</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>None: people are saved without an event</source>
        <translation>Geen: zonder evenement opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(today)</source>
        <translation>(vandaag)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Captured %n person(s), last {name}.</source>
        <translation>
            <numerusform>%n persoon vastgelegd, als laatste {name}.</numerusform>
            <numerusform>%n personen vastgelegd, als laatste {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set up your card first (My card): {reason}</source>
        <translation>Stel eerst je kaartje in (Mijn kaartje): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card cannot be shown yet: {reason}</source>
        <translation>Je kaart kan nog niet getoond worden: {reason}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No event to review yet: add one with File ▸ New event.</source>
        <translation>Nog geen evenement om na te lopen: voeg er een toe met Bestand ▸ Nieuw evenement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No event to brief: add one with File ▸ New event.</source>
        <translation>Geen evenement om voor te briefen: voeg er een toe met Bestand ▸ Nieuw evenement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt naar {path}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n opvolging te doen</numerusform>
            <numerusform>%n opvolgingen te doen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../netdesk/ui/importing/mapping_page.py" line="+40"/>
        <source>commas</source>
        <translation>komma’s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>puntkomma’s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {rows} rows, {encoding}, separated by {separator}.</source>
        <translation>{file}: {rows} rijen, {encoding}, gescheiden door {separator}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {rows} rows without headings, {encoding}, separated by {separator}.</source>
        <translation>{file}: {rows} rijen zonder kopjes, {encoding}, gescheiden door {separator}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what each column holds; columns left out are not imported.</source>
        <translation>Kies wat elke kolom bevat; weggelaten kolommen worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {n}</source>
        <translation>Kolom {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(leave out)</source>
        <translation>(weglaten)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mailen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../netdesk/ui/people/merge_dialog.py" line="+42"/>
        <source>Merge scanned card</source>
        <translation>Gescand kaartje samenvoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This card looks like {name}, whom you already know ({reason}).</source>
        <translation>Dit kaartje lijkt op {name}, die je al kent ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, what to keep. Nothing changes unless you pick the card&apos;s value.</source>
        <translation>Kies per veld wat je bewaart. Er verandert niets, tenzij je de waarde van het kaartje kiest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have</source>
        <translation>Jij hebt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card says</source>
        <translation>Het kaartje zegt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New on the card</source>
        <translation>Nieuw op het kaartje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card holds nothing you do not already have.</source>
        <translation>Het kaartje bevat niets wat je nog niet hebt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Merge</source>
        <translation>Samen&amp;voegen</translation>
    </message>
</context>
<context>
    <name>MyTopicsPage</name>
    <message>
        <location filename="../../netdesk/ui/topics/my_topics_page.py" line="+35"/>
        <source>What you work on or struggle with, and what you can offer others. netdesk finds peers with the same challenge among the people you know, and shows who may be at your next event. Changes here are saved at once.</source>
        <translation>Waar je aan werkt of mee worstelt, en wat je anderen kunt bieden. netdesk zoekt vakgenoten met dezelfde uitdaging onder de mensen die je kent, en laat zien wie er op je volgende evenement kan zijn. Wijzigingen hier worden meteen opgeslagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: ageing pumping stations</source>
        <translation>Bijvoorbeeld: verouderde gemalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../netdesk/ui/pages.py" line="+78"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My card</source>
        <translation>Mijn kaartje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../netdesk/ui/reports/paper_dialog.py" line="+71"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brief: {event}</source>
        <translation>Briefing: {event}</translation>
    </message>
</context>
<context>
    <name>PastImportsDialog</name>
    <message>
        <location filename="../../netdesk/ui/importing/batches_dialog.py" line="+31"/>
        <source>{created} added, {merged} merged, {unchanged} unchanged</source>
        <translation>{created} toegevoegd, {merged} samengevoegd, {unchanged} ongewijzigd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {files} ({counts})? People it added are removed and people it merged into are put back as they were; anyone you edited since is kept.</source>
        <translation>De import van {files} ({counts}) ongedaan maken? Wie hij toevoegde wordt verwijderd en wie hij samenvoegde wordt teruggezet zoals die was; wie u sindsdien hebt bewerkt, blijft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import undone: {removed} removed, {restored} put back.</source>
        <translation>Import ongedaan gemaakt: {removed} verwijderd, {restored} teruggezet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept because you edited them since: {names}</source>
        <translation>Behouden omdat u ze sindsdien hebt bewerkt: {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Past imports</source>
        <translation>Eerdere imports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;ongedaan maken…</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <location filename="../../netdesk/ui/topics/peers_dialog.py" line="+36"/>
        <source>Peers: {topic}</source>
        <translation>Vakgenoten: {topic}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) share this topic.</source>
        <translation>
            <numerusform>%n persoon deelt dit onderwerp.</numerusform>
            <numerusform>%n personen delen dit onderwerp.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last met</source>
        <translation>Laatst ontmoet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Double-click someone to open their page.</source>
        <translation>Dubbelklik op iemand om diens pagina te openen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Zoekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{offer} can help with {topic}, which {need} is working on</source>
        <translation>{offer} kan helpen met {topic}, waar {need} mee bezig is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Introduce them…</source>
        <translation>Aan elkaar &amp;voorstellen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs and offers on this topic, not yet introduced:</source>
        <translation>Vraag en aanbod over dit onderwerp, nog niet aan elkaar voorgesteld:</translation>
    </message>
</context>
<context>
    <name>PeopleBulkActions</name>
    <message>
        <location filename="../../netdesk/ui/people/people_bulk.py" line="+41"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Moved %n person(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n persoon naar de prullenbak verplaatst. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n personen naar de prullenbak verplaatst. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag people</source>
        <translation>Mensen labelen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n person(s):</source>
        <translation>
            <numerusform>Label voor %n persoon:</numerusform>
            <numerusform>Label voor %n personen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tagged %n person(s).</source>
        <translation>
            <numerusform>%n persoon gelabeld.</numerusform>
            <numerusform>%n personen gelabeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create an event first (Events page).</source>
        <translation>Maak eerst een evenement (pagina Evenementen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to event</source>
        <translation>Aan evenement toevoegen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Where did you meet these %n person(s)?</source>
        <translation>
            <numerusform>Waar heb je deze persoon ontmoet?</numerusform>
            <numerusform>Waar heb je deze %n personen ontmoet?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Added %n person(s) to the event.</source>
        <translation>
            <numerusform>%n persoon aan het evenement toegevoegd.</numerusform>
            <numerusform>%n personen aan het evenement toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Updated %n person(s).</source>
        <translation>
            <numerusform>%n persoon bijgewerkt.</numerusform>
            <numerusform>%n personen bijgewerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleFilters</name>
    <message>
        <location filename="../../netdesk/ui/people/people_filters.py" line="+75"/>
        <source>All events</source>
        <translation>Alle evenementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With open follow-ups</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who may be someone else in the list: merge them or mark them different</source>
        <translation>Mensen die misschien dezelfde zijn als iemand anders in de lijst: voeg ze samen of markeer ze als verschillend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only people met at this event</source>
        <translation>Alleen mensen ontmoet op dit evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people with this tag</source>
        <translation>Alleen mensen met dit label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people from this organisation</source>
        <translation>Alleen mensen van deze organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people from this department</source>
        <translation>Alleen mensen van deze afdeling</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../netdesk/ui/people/people_model.py" line="+62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last met</source>
        <translation>Laatst ontmoet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>{name} (colleague)</source>
        <translation>{name} (collega)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../netdesk/ui/people/people_view.py" line="+107"/>
        <source>No people yet</source>
        <translation>Nog geen mensen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Ctrl+N at an event to capture someone in a few seconds: a name, an organisation and one line to remember them by.</source>
        <translation>Druk op een evenement op Ctrl+N om iemand in een paar seconden vast te leggen: een naam, een organisatie en één regel om de persoon aan te herinneren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Labelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to e&amp;vent…</source>
        <translation>Aan e&amp;venement toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected people as colleagues (internal)</source>
        <translation>Markeer de geselecteerde mensen als collega&apos;s (intern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected people as external</source>
        <translation>Markeer de geselecteerde mensen als extern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected people to the trash (undo with Ctrl+Z)</source>
        <translation>Verplaats de geselecteerde mensen naar de prullenbak (ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Nobody matches</source>
        <translation>Niemand gevonden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} and more</source>
        <translation>{count} en meer</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <location filename="../../netdesk/ui/people/person_data.py" line="+40"/>
        <location line="+14"/>
        <source>Export this person&apos;s data</source>
        <translation>Gegevens van deze persoon exporteren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote everything about {name} to {path}.</source>
        <translation>Alles over {name} is geschreven naar {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Erase {name} and everything about them: contact details, encounters, follow-ups, exchanges, introductions and history?

This cannot be undone: {name} does not go to the trash.</source>
        <translation>{name} en alles over deze persoon wissen: contactgegevens, ontmoetingen, opvolgacties, uitwisselingen, introducties en geschiedenis?

Dit kan niet ongedaan worden gemaakt: {name} gaat niet naar de prullenbak.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../netdesk/ui/people/person_detail.py" line="+80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this person (F2)</source>
        <translation>Deze persoon bewerken (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;follow-up…</source>
        <translation>&amp;Opvolgen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Introduce to…</source>
        <translation>&amp;Introduceren bij…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email &amp;draft…</source>
        <translation>E-mail&amp;concept…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in touch…</source>
        <translation>Contact &amp;houden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>Gegevens van deze persoon e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase for &amp;good…</source>
        <translation>&amp;Definitief wissen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Merge…</source>
        <translation>Samen&amp;voegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make one person of the two, choosing field by field</source>
        <translation>Maak één persoon van de twee en kies per veld wat je bewaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Different people</source>
        <translation>&amp;Niet dezelfde persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both and never suggest this pair again</source>
        <translation>Beide bewaren en dit paar nooit meer voorstellen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Possibly the same person as {name} ({reason}).</source>
        <translation>Mogelijk dezelfde persoon als {name} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} more look-alikes.</source>
        <translation>Nog {n} mogelijke dubbelen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+18"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Merge possible duplicate</source>
        <translation>Mogelijk dubbele persoon samenvoegen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{n} people selected. Tag them, add them to an event or delete them with the buttons above the table.</source>
        <translation>{n} mensen geselecteerd. Label ze, voeg ze toe aan een evenement of verwijder ze met de knoppen boven de tabel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select someone to see where you met, what you owe them and what you gave each other.</source>
        <translation>Selecteer iemand om te zien waar je elkaar ontmoette, wat je nog moet doen en wat jullie elkaar gaven.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where we met</source>
        <translation>Waar we elkaar ontmoetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done {date}</source>
        <translation>afgerond {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gave {gave} · received {received}</source>
        <translation>gegeven {gave} · ontvangen {received}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gave and received</source>
        <translation>Gegeven en ontvangen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the details came from ({n})</source>
        <translation>Waar de gegevens vandaan komen ({n})</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../netdesk/ui/people/person_form.py" line="+42"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated, e.g. pumps, mentor</source>
        <translation>gescheiden door komma&apos;s, bijv. pompen, mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A colleague in my organisation</source>
        <translation>Een collega in mijn organisatie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email (one a line)</source>
        <translation>&amp;E-mail (één per regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone (one a line)</source>
        <translation>&amp;Telefoon (één per regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web (one a line)</source>
        <translation>&amp;Web (één per regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../netdesk/ui/importing/plan_model.py" line="+38"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will be</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate in the file</source>
        <translation>dubbel in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be used</source>
        <translation>onbruikbaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no name in the file: named after its organisation or address, please check</source>
        <translation>geen naam in het bestand: genoemd naar de organisatie of het adres, controleer dit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with {name}</source>
        <translation>met {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as {place}</source>
        <translation>zelfde als {place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may be someone you know: check Possible duplicates</source>
        <translation>misschien iemand die u kent: zie Mogelijke dubbelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>card ID</source>
        <translation>kaart-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: + {new}</source>
        <translation>{field}: + {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ {field} {new}</source>
        <translation>+ {field} {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back from the trash</source>
        <translation>terug uit de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: keeps {current} (file: {new})</source>
        <translation>{field}: blijft {current} (bestand: {new})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../netdesk/ui/preferences_dialog.py" line="+73"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My topics</source>
        <translation>Mijn onderwerpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> day after the event</source>
        <translation> dag na het evenement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days after the event</source>
        <translation> dagen na het evenement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The review after an event proposes these due dates. Networkers recommend a note within a day, connecting within a week and meeting within a month.</source>
        <translation>Bij het nalopen na een evenement worden deze data voorgesteld. Netwerkers raden aan: een bericht binnen een dag, verbinden binnen een week en afspreken binnen een maand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move dates that fall on a weekend to Monday</source>
        <translation>Data in het weekend naar maandag verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A next-day note is never moved.</source>
        <translation>Een bericht voor de volgende dag wordt nooit verplaatst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a note</source>
        <translation>Bericht sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet</source>
        <translation>Afspreken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone with a tag is due for a message when you have not been in touch for longer than its cadence. A cadence set on a person wins over their tags&apos;.</source>
        <translation>Iedereen met een label is aan de beurt voor een bericht als je langer dan de frequentie van dat label geen contact hebt gehad. Een frequentie die bij een persoon is ingesteld, gaat voor die van de labels.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No tags yet: tag people (for example “mentor”) first.</source>
        <translation>Nog geen labels: geef mensen eerst een label (bijvoorbeeld ‘mentor’).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start minimised to the system tray</source>
        <translation>Geminimaliseerd starten in het systeemvak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> daily backups</source>
        <translation> dagelijkse back-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Automatische back-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest</source>
        <translation>Bewaar de nieuwste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the system settings ({region})</source>
        <translation>Uit de systeeminstellingen ({region})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the system settings (none)</source>
        <translation>Uit de systeeminstellingen (geen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers without + are in</source>
        <translation>Nummers zonder + horen bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to recognise the same number written in different ways.</source>
        <translation>Hiermee wordt hetzelfde nummer herkend als het op verschillende manieren is geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show netdesk in</source>
        <translation>netdesk tonen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect when netdesk is restarted. Dates and numbers follow it too.</source>
        <translation>Werkt na het herstarten van netdesk. Datums en getallen volgen de taal ook.</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../netdesk/ui/card/card_presenter.py" line="-132"/>
        <source>%p% of the largest easy-to-scan code</source>
        <translation>%p% van de grootste goed scanbare code</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Light: reads from across a table.</source>
        <translation>Licht: leesbaar van de andere kant van een tafel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate: reads at arm&apos;s length.</source>
        <translation>Gemiddeld: leesbaar op armlengte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense: hold the phone close, or share fewer fields.</source>
        <translation>Dicht: houd de telefoon dichtbij, of deel minder velden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{modules}×{modules} modules, version {version}, error correction {level}, {bytes} bytes. {density}</source>
        <translation>{modules}×{modules} modules, versie {version}, foutcorrectie {level}, {bytes} bytes. {density}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No code: too long for phones to read easily.</source>
        <translation>Geen code: te lang om met een telefoon makkelijk te lezen.</translation>
    </message>
</context>
<context>
    <name>QuickActionRow</name>
    <message>
        <location filename="../../netdesk/ui/events/review_rows.py" line="-31"/>
        <source>{action} (already planned)</source>
        <translation>{action} (al gepland)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already planned: “{text}”, due {due}</source>
        <translation>Al gepland: ‘{text}’, uiterlijk {due}</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../netdesk/ui/people/quick_capture.py" line="+51"/>
        <source>Quick capture</source>
        <translation>Snel vastleggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who did you just meet?</source>
        <translation>Wie heb je net ontmoet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do they work? (optional)</source>
        <translation>Waar werkt deze persoon? (optioneel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One line to remember them by</source>
        <translation>Eén regel om de persoon aan te herinneren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? their challenge, + what they offer (optional)</source>
        <translation>? hun uitdaging, + wat ze bieden (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics apart by commas: ? marks a challenge, + an offer, * an interest. Unmarked topics are challenges.</source>
        <translation>Onderwerpen gescheiden door komma’s: ? staat voor een uitdaging, + voor aanbod, * voor interesse. Onderwerpen zonder teken zijn uitdagingen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Same as mine: {topic}</source>
        <translation>Zoals bij mij: {topic}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {topic} as their challenge (Alt+{n})</source>
        <translation>{topic} als hun uitdaging toevoegen (Alt+{n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you promised (optional)</source>
        <translation>Wat je beloofd hebt (optioneel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in </source>
        <translation>binnen </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter saves · Ctrl+Enter saves and starts the next · Esc closes</source>
        <translation>Enter slaat op · Ctrl+Enter slaat op en begint de volgende · Esc sluit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics</source>
        <translation>Onder&amp;werpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Follow-up</source>
        <translation>Opvol&amp;ging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;&amp; &amp;next</source>
        <translation>Opslaan &amp;&amp; &amp;verder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No current event: people are saved without one. Pick the event in the toolbar to attach them.</source>
        <translation>Geen huidig evenement: mensen worden zonder evenement opgeslagen. Kies het evenement in de werkbalk om ze eraan te koppelen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Met at &lt;b&gt;{name}&lt;/b&gt; ({date})</source>
        <translation>Ontmoet op &lt;b&gt;{name}&lt;/b&gt; ({date})</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../netdesk/ui/followups/reminders.py" line="+109"/>
        <source>&amp;Show netdesk</source>
        <translation>netdesk &amp;tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Geminimaliseerd starten in het systeemvak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Follow-ups due</source>
        <translation>Opvolgingen aan de beurt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s) due today or earlier.</source>
        <translation>
            <numerusform>%n opvolging voor vandaag of eerder.</numerusform>
            <numerusform>%n opvolgingen voor vandaag of eerder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) just fell due.</source>
        <translation>
            <numerusform>%n opvolging is nu aan de beurt.</numerusform>
            <numerusform>%n opvolgingen zijn nu aan de beurt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>Opvolging aan de beurt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>netdesk: %n follow-up(s) due</source>
        <translation>
            <numerusform>netdesk: %n opvolging aan de beurt</numerusform>
            <numerusform>netdesk: %n opvolgingen aan de beurt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>netdesk: nothing due</source>
        <translation>netdesk: niets aan de beurt</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../netdesk/ui/reports/paper_dialog.py" line="+28"/>
        <source>Monthly report</source>
        <translation>Maandrapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Networking report {month}</source>
        <translation>Netwerkrapport {month}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../netdesk/ui/reports/brief_pdf.py" line="+24"/>
        <source>Brief: {event}</source>
        <translation>Briefing: {event}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before {event}</source>
        <translation>Voor {event}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected there (attendee list and met)</source>
        <translation>verwacht (deelnemerslijst en ontmoet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you already know</source>
        <translation>ken je al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open follow-ups towards them</source>
        <translation>openstaande opvolgingen voor hen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goals for this event</source>
        <translation>doelen voor dit evenement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No goals set for this event: add one in the event&apos;s dialog.</source>
        <translation>Geen doelen voor dit evenement: voeg er een toe in het venster van het evenement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>progress {done} of {target}</source>
        <translation>voortgang {done} van {target}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People you already know there</source>
        <translation>Mensen die je er al kent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody you have met before is on the attendee list yet. Import the list, or tag people for the event, to see them here.</source>
        <translation>Nog niemand die je eerder ontmoette staat op de deelnemerslijst. Importeer de lijst of label mensen voor het evenement om ze hier te zien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last time ({day}): {context}</source>
        <translation>Vorige keer ({day}): {context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You still owe: {what} (due {due})</source>
        <translation>Je moet nog: {what} (uiterlijk {due})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peers for your challenges who may be there</source>
        <translation>Vakgenoten voor je uitdagingen die er kunnen zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add your own challenges in Preferences ▸ My topics to find peers here.</source>
        <translation>Voeg je eigen uitdagingen toe via Voorkeuren ▸ Mijn onderwerpen om hier vakgenoten te vinden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody on the list shares it yet.</source>
        <translation>Nog niemand op de lijst deelt deze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>and {n} more</source>
        <translation>en nog {n}</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/reports/report_pdf.py" line="+22"/>
        <source>No event</source>
        <translation>Geen evenement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networking report: {month}</source>
        <translation>Netwerkrapport: {month}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networking in {month}</source>
        <translation>Netwerken in {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A month of meeting, giving and following up</source>
        <translation>Een maand ontmoeten, geven en opvolgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>people met</source>
        <translation>mensen ontmoet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-ups done on time</source>
        <translation>opvolgingen op tijd gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gave / received</source>
        <translation>gegeven / ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals reached</source>
        <translation>doelen bereikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded this month: no one met, nothing given or received, no follow-up due.</source>
        <translation>Deze maand is niets vastgelegd: niemand ontmoet, niets gegeven of ontvangen, geen opvolging aan de beurt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People met, by kind of event</source>
        <translation>Mensen ontmoet, per soort evenement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reached for the first time</source>
        <translation>Voor het eerst bereikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments (internal)</source>
        <translation>Afdelingen (intern)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None this month.</source>
        <translation>Geen deze maand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-through</source>
        <translation>Opvolging in de praktijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of {due} follow-ups due this month, {on_time} were done on time, {late} late and {open} are still open. {followed} of the {met} people met were followed up within a week.</source>
        <translation>Van de {due} opvolgingen die deze maand aan de beurt waren, zijn er {on_time} op tijd gedaan, {late} te laat en staan er {open} nog open. {followed} van de {met} ontmoete mensen kregen binnen een week een opvolging.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gave and received</source>
        <translation>Gegeven en ontvangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gave</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing given or received was logged.</source>
        <translation>Er is niets gegeven of ontvangen vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introductions</source>
        <translation>Introducties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No introductions made this month.</source>
        <translation>Deze maand geen introducties gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outcome not recorded</source>
        <translation>resultaat niet vastgelegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: {outcome}</source>
        <translation>Resultaat: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals of this month&apos;s events</source>
        <translation>Doelen van de evenementen van deze maand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events this month.</source>
        <translation>Geen evenementen deze maand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals set.</source>
        <translation>Geen doelen gesteld.</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../netdesk/ui/restore_backup.py" line="+28"/>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Terugzetten vanuit een back-up</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>netdesk databases (*.db);;All files (*)</source>
        <translation>netdesk-databases (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace everything netdesk holds with the backup {name}?

What is there now is kept beside it, so nothing is lost.</source>
        <translation>Alles in netdesk vervangen door de back-up {name}?

Wat er nu in staat, wordt ernaast bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {name}. What was there before is kept as {kept}.</source>
        <translation>{name} is teruggezet. Wat er eerst in stond, is bewaard als {kept}.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <location filename="../../netdesk/ui/events/review_wizard.py" line="+74"/>
        <source>Review: {event}</source>
        <translation>Nalopen: {event}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given and received</source>
        <translation>Gegeven en ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gave:</source>
        <translation>&amp;Gegeven:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received:</source>
        <translation>Ont&amp;vangen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>? their challenge, + what they offer, * an interest (apart by commas)</source>
        <translation>? hun uitdaging, + wat ze bieden, * een interesse (gescheiden door komma’s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Topics</source>
        <translation>Onder&amp;werpen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes about this person (optional)</source>
        <translation>Notities over deze persoon (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip →</source>
        <translation>&amp;Overslaan →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Introduce…</source>
        <translation>&amp;Introduceren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and next</source>
        <translation>Op&amp;slaan en volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Keys: 1–5 quick actions · Ctrl+Enter save and next · Ctrl+→ skip · Ctrl+← back · Ctrl+I introduce · Ctrl+E email · Esc close</source>
        <translation>Toetsen: 1–5 snelle acties · Ctrl+Enter opslaan en volgende · Ctrl+→ overslaan · Ctrl+← terug · Ctrl+I introduceren · Ctrl+E e-mail · Esc sluiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody has been recorded as met at this event yet. Add the people you met (quick capture, scan or import) and review them here afterwards.</source>
        <translation>Er is nog niemand vastgelegd als ontmoet op dit evenement. Voeg de mensen toe die je ontmoette (snel vastleggen, scannen of importeren) en loop ze daarna hier na.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review &amp;again from the start</source>
        <translation>Opnieuw vanaf het &amp;begin nalopen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{done} of {total} reviewed</source>
        <translation>{done} van {total} nagelopen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No context noted</source>
        <translation>Geen context genoteerd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mentioned when you met: {topics} (click to add as a challenge)</source>
        <translation>Genoemd toen jullie elkaar ontmoetten: {topics} (klik om als uitdaging toe te voegen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Person {number} of {total}</source>
        <translation>Persoon {number} van {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position} · already reviewed</source>
        <translation>{position} · al nagelopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open: {items}</source>
        <translation>open: {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone reviewed</source>
        <translation>Iedereen nagelopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No one to review yet</source>
        <translation>Nog niemand om na te lopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{people} people reviewed; {followups} follow-ups for this event.</source>
        <translation>{people} mensen nagelopen; {followups} opvolgingen voor dit evenement.</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../../netdesk/ui/scan/scan_view.py" line="+91"/>
        <source>Scan QR cards</source>
        <translation>QR-kaartjes scannen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+286"/>
        <source>Start &amp;camera</source>
        <translation>&amp;Camera starten</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>&amp;Open images…</source>
        <translation>Afbeeldingen &amp;openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste image</source>
        <translation>Afbeelding &amp;plakken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scanned in this session</source>
        <translation>Gescand in deze sessie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing scanned yet. Each card you scan appears here, newest first.</source>
        <translation>Nog niets gescand. Elk kaartje dat je scant, verschijnt hier, het nieuwste bovenaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What did you talk about? Enter keeps it</source>
        <translation>Waar hadden jullie het over? Enter bewaart het</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review differences…</source>
        <translation>&amp;Verschillen bekijken…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No current event: people you scan are added without one.</source>
        <translation>Geen huidig evenement: mensen die je scant, worden zonder evenement toegevoegd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People you scan are added as met at {event}.</source>
        <translation>Mensen die je scant, worden toegevoegd als ontmoet op {event}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No camera found</source>
        <translation>Geen camera gevonden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open photos or screenshots of QR cards, drop them here (several at once), or paste an image from the clipboard with Ctrl+V.</source>
        <translation>Open foto&apos;s of schermafbeeldingen van QR-kaartjes, sleep ze hierheen (meerdere tegelijk), of plak een afbeelding van het klembord met Ctrl+V.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold a QR card in front of the camera</source>
        <translation>Houd een QR-kaartje voor de camera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the camera, or open photos and screenshots, drop them here, or paste an image with Ctrl+V.</source>
        <translation>Start de camera, open foto&apos;s en schermafbeeldingen, sleep ze hierheen, of plak een afbeelding met Ctrl+V.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open images of QR cards</source>
        <translation>Afbeeldingen van QR-kaartjes openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Afbeeldingen ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>clipboard</source>
        <translation>klembord</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The clipboard holds no image or card to scan.</source>
        <translation>Het klembord bevat geen afbeelding of kaartje om te scannen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dropped image</source>
        <translation>gesleepte afbeelding</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stop &amp;camera</source>
        <translation>&amp;Camera stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera stopped: {reason}</source>
        <translation>De camera is gestopt: {reason}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not imported · {where}
{reason}</source>
        <translation>Niet geïmporteerd · {where}
{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Added {name}</source>
        <translation>✓ {name} toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Updated {name} (already known)</source>
        <translation>✓ {name} bijgewerkt (al bekend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {name} is already known: nothing new on the card</source>
        <translation>✓ {name} is al bekend: niets nieuws op het kaartje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ {created} added, {merged} updated, {unchanged} already known</source>
        <translation>✓ {created} toegevoegd, {merged} bijgewerkt, {unchanged} al bekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already known</source>
        <translation>Al bekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 field differs from the card: double-click to review</source>
        <translation>1 veld wijkt af van het kaartje: dubbelklik om te bekijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fields differ from the card: double-click to review</source>
        <translation>{n} velden wijken af van het kaartje: dubbelklik om te bekijken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name was guessed from the link or address: please check it</source>
        <translation>De naam is afgeleid uit de link of het adres: controleer hem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some text looks like a formula or HTML: kept as plain text</source>
        <translation>Een deel van de tekst lijkt op een formule of HTML: bewaard als platte tekst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What did you talk about with {name}? Enter keeps it</source>
        <translation>Waar had je het met {name} over? Enter bewaart het</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Noted for {name}</source>
        <translation>✓ Genoteerd bij {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>✓ Merged into {name}</source>
        <translation>✓ Samengevoegd met {name}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../netdesk/ui/runtime/settings.py" line="+40"/>
        <source>Wait this long after a keystroke before searching</source>
        <translation>Zo lang wachten na een toetsaanslag voordat er wordt gezocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up once a day</source>
        <translation>Eén keer per dag een back-up maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick capture: follow-up due in this many days</source>
        <translation>Snel vastleggen: opvolging uiterlijk over zoveel dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../netdesk/ui/runtime/single_instance.py" line="+253"/>
        <source>netdesk is already open on {db}; brought it to the front</source>
        <translation>netdesk is al geopend met {db}; het venster staat nu vooraan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>netdesk is already open on {db} (process {pid}) but does not answer; wait for it or end that process, then start again</source>
        <translation>netdesk is al geopend met {db} (proces {pid}), maar reageert niet; wacht even of beëindig dat proces en start daarna opnieuw</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../netdesk/ui/sync/sync_page.py" line="+36"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discover</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use these</source>
        <translation>Deze gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address book:</source>
        <translation>Adresboek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task list for follow-ups:</source>
        <translation>Takenlijst voor opvolgingen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sync</source>
        <translation>Synchronisatie afbreken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add them to the event</source>
        <translation>Voeg ze toe aan het evenement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s</source>
        <translation>Die van de server houden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed on both sides (nothing was overwritten):</source>
        <translation>Aan beide kanten gewijzigd (er is niets overschreven):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No account set up yet.</source>
        <translation>Nog geen account ingesteld.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n people added on your phone during {event}.</source>
        <translation>
            <numerusform>%n persoon toegevoegd op je telefoon tijdens {event}.</numerusform>
            <numerusform>%n personen toegevoegd op je telefoon tijdens {event}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no task list)</source>
        <translation>(geen takenlijst)</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../netdesk/ui/sync/runner.py" line="+91"/>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Sync failed: {error}</source>
        <translation>Synchronisatie mislukt: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when} UTC</source>
        <translation>Laatst gesynchroniseerd {when} UTC</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n people added on your phone during {event}</source>
        <translation>
            <numerusform>%n persoon toegevoegd op je telefoon tijdens {event}</numerusform>
            <numerusform>%n personen toegevoegd op je telefoon tijdens {event}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../netdesk/ui/followups/email_drafts.py" line="+57"/>
        <source>Email templates</source>
        <translation>E-mailsjablonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placeholders: {names}</source>
        <translation>Invulvelden: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to the original</source>
        <translation>&amp;Terugzetten naar het origineel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <location filename="../../netdesk/ui/topics/topic_row.py" line="+58"/>
        <source>Add a challenge, offer or interest…</source>
        <translation>Een uitdaging, aanbod of interesse toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No challenges or offers noted yet.</source>
        <translation>Nog geen uitdagingen of aanbod genoteerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mentioned when you met:</source>
        <translation>Genoemd toen jullie elkaar ontmoetten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(click to add as a challenge)</source>
        <translation>(klik om als uitdaging toe te voegen)</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../netdesk/ui/topics/roles.py" line="+24"/>
        <source>Working on or struggling with this</source>
        <translation>Werkt hieraan of worstelt hiermee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can offer expertise, resources or contacts</source>
        <translation>Kan kennis, middelen of contacten bieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested in this</source>
        <translation>Is hierin geïnteresseerd</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../netdesk/ui/transfer.py" line="+25"/>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard-contacten (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV voor spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netdesk JSON backup (*.json)</source>
        <translation>netdesk-JSON-back-up (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar: open follow-ups (*.ics)</source>
        <translation>Agenda: open opvolgingen (*.ics)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+17"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {count} to {path}.</source>
        <translation>{count} geschreven naar {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact files (*.vcf *.vcard *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Contactbestanden (*.vcf *.vcard *.csv *.tsv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported: {created} added, {merged} merged, {unchanged} already known.</source>
        <translation>Geïmporteerd: {created} toegevoegd, {merged} samengevoegd, {unchanged} al bekend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit ▸ Undo last import takes it back.</source>
        <translation>Bewerken ▸ Laatste import ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{created} added, {merged} merged, {unchanged} already known.</source>
        <translation>{created} toegevoegd, {merged} samengevoegd, {unchanged} al bekend.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…and {n} more.</source>
        <translation>…en nog {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../netdesk/ui/trash_dialog.py" line="+39"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected people and events back</source>
        <translation>Zet de geselecteerde mensen en evenementen terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase for &amp;good…</source>
        <translation>&amp;Definitief wissen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the selected person and everything about them; this cannot be undone</source>
        <translation>De gekozen persoon en alles over deze persoon wissen; dit kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Empty trash…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>People ({count})</source>
        <translation>Mensen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events ({count})</source>
        <translation>Evenementen ({count})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted people and events stay here until you empty the trash. Select some and choose Restore to bring them back.</source>
        <translation>Verwijderde mensen en evenementen blijven hier tot je de prullenbak leegt. Selecteer er een paar en kies Terugzetten om ze terug te halen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Empty trash</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete {people} people and {events} events for good? This cannot be undone.</source>
        <translation>{people} mensen en {events} evenementen definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/people/undo.py" line="+77"/>
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>%n persoon verwijderen</numerusform>
            <numerusform>%n personen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Tag %n person(s)</source>
        <translation>
            <numerusform>%n persoon labelen</numerusform>
            <numerusform>%n personen labelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Mark %n person(s) as colleagues</source>
        <translation>
            <numerusform>%n persoon als collega markeren</numerusform>
            <numerusform>%n personen als collega markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Mark %n person(s) as external</source>
        <translation>
            <numerusform>%n persoon als extern markeren</numerusform>
            <numerusform>%n personen als extern markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Add %n person(s) to an event</source>
        <translation>
            <numerusform>%n persoon aan een evenement toevoegen</numerusform>
            <numerusform>%n personen aan een evenement toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete event {name}</source>
        <translation>Evenement {name} verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>%n item terugzetten</numerusform>
            <numerusform>%n items terugzetten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../netdesk/ui/widgets/vocabulary.py" line="+16"/>
        <source>Breakfast</source>
        <translation>Ontbijt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Congres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away-day</source>
        <translation>Heidag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Introductie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gave</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met</source>
        <translation>ontmoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emailed</source>
        <translation>gemaild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>called</source>
        <translation>gebeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helped</source>
        <translation>geholpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>introduced</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mailen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send information</source>
        <translation>Informatie sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce</source>
        <translation>Introduceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet</source>
        <translation>Afspreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+8"/>
        <source>typed in</source>
        <translation>ingetypt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>scanned</source>
        <translation>gescand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>demo data</source>
        <translation>demogegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scanned QR code</source>
        <translation>QR-code gescand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same card ID</source>
        <translation>hetzelfde kaart-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same email address</source>
        <translation>hetzelfde e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same phone number</source>
        <translation>hetzelfde telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same profile link</source>
        <translation>dezelfde profiellink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a close name at the same organisation</source>
        <translation>een vergelijkbare naam bij dezelfde organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/topics/roles.py" line="-16"/>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned it when you met</source>
        <translation>Noemde het toen jullie elkaar ontmoetten</translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <location filename="../../netdesk/core/followups/cadence.py" line="+27"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../netdesk/cli/card.py" line="+37"/>
        <source>my own QR contact card</source>
        <translation>mijn eigen QR-contactkaartje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>which card profile (default: work)</source>
        <translation>welk kaartprofiel (standaard: work)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create or change a card profile; unnamed fields are kept</source>
        <translation>een kaartprofiel maken of wijzigen; niet genoemde velden blijven behouden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>repeat for several; replaces the list</source>
        <translation>herhaal voor meerdere; vervangt de lijst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keep this field on file but out of the QR code</source>
        <translation>dit veld bewaren, maar niet in de QR-code opnemen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>put a hidden field back into the QR code</source>
        <translation>een verborgen veld weer in de QR-code opnemen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a profile&apos;s fields and its QR text</source>
        <translation>de velden van een profiel en de QR-tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list card profiles</source>
        <translation>kaartprofielen tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>save the card&apos;s QR code as PNG or SVG</source>
        <translation>de QR-code van het kaartje opslaan als PNG of SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE.png or FILE.svg</source>
        <translation>BESTAND.png of BESTAND.svg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG width in pixels</source>
        <translation>PNG-breedte in pixels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a printable PDF of business cards or name badges</source>
        <translation>een afdrukbare pdf met visitekaartjes of naambadges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one badge per row (name, organisation, email…) with each person&apos;s own code</source>
        <translation>één badge per rij (naam, organisatie, e-mail…) met ieders eigen code</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved card profile &apos;{name}&apos;.</source>
        <translation>Kaartprofiel &apos;{name}&apos; opgeslagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../netdesk/cli/events.py" line="+89"/>
        <location filename="../../netdesk/cli/people.py" line="+191"/>
        <location line="+89"/>
        <location filename="../../netdesk/cli/topics.py" line="+105"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares</source>
        <translation>deelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card yet: netdesk card set --name &apos;Your Name&apos; …</source>
        <translation>Nog geen kaartje: netdesk card set --name &apos;Je Naam&apos; …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved {path}: {pages} page(s) of {layout}.</source>
        <translation>{path} opgeslagen: {pages} pagina(&apos;s) {layout}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cards</source>
        <translation>kaartjes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>QR: {modules}×{modules} modules (version {version}, correction {level}), {bytes} bytes, {percent}% of the comfortable maximum: {density}</source>
        <translation>QR: {modules}×{modules} modules (versie {version}, correctie {level}), {bytes} bytes, {percent}% van het comfortabele maximum: {density}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>light</source>
        <translation>licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/events.py" line="-75"/>
        <source>create and list events</source>
        <translation>evenementen maken en tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create an event</source>
        <translation>een evenement maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last day, for events of several days</source>
        <translation>laatste dag, voor meerdaagse evenementen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a goal for this event; repeat for several</source>
        <translation>een doel voor dit evenement; herhaal voor meerdere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list events, newest first</source>
        <translation>evenementen tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list deleted events</source>
        <translation>verwijderde evenementen tonen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added event {id}: {name}</source>
        <translation>Evenement {id} toegevoegd: {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../netdesk/cli/followups.py" line="+84"/>
        <location filename="../../netdesk/cli/importing.py" line="+205"/>
        <location filename="../../netdesk/cli/people.py" line="-90"/>
        <location line="+89"/>
        <location line="+2"/>
        <location filename="../../netdesk/cli/topics.py" line="-13"/>
        <location line="+13"/>
        <location line="+34"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../netdesk/cli/sync.py" line="+179"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>ontmoet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events yet.</source>
        <translation>Nog geen evenementen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/export.py" line="+25"/>
        <source>write your data to a file other programs read</source>
        <translation>je gegevens wegschrijven naar een bestand dat andere programma&apos;s lezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ics: which follow-ups (default: open)</source>
        <translation>ics: welke opvolgingen (standaard: open)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ics: time zone for times of day, like Europe/Amsterdam (default: this computer&apos;s)</source>
        <translation>ics: tijdzone voor tijdstippen, zoals Europe/Amsterdam (standaard: die van deze computer)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote {out} ({format})</source>
        <translation>{out} geschreven ({format})</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/followups.py" line="-69"/>
        <source>what you owe people</source>
        <translation>wat je mensen nog verschuldigd bent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a follow-up for a person</source>
        <translation>een opvolging voor een persoon toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a time of day, for a calendar alarm</source>
        <translation>een tijdstip, voor een agendaherinnering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list follow-ups</source>
        <translation>opvolgingen tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not done yet (default)</source>
        <translation>nog niet afgerond (standaard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today or earlier</source>
        <translation>uiterlijk vandaag of eerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due before today</source>
        <translation>uiterlijk vóór vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mark a follow-up done</source>
        <translation>een opvolging als afgerond markeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what came of it (logged as interaction)</source>
        <translation>wat het opleverde (vastgelegd als contactmoment)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>put a follow-up off</source>
        <translation>een opvolging uitstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added follow-up {id}: {text} (due {due})</source>
        <translation>Opvolging {id} toegevoegd: {text} (uiterlijk {due})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>due</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to follow up.</source>
        <translation>Niets op te volgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done: {text}</source>
        <translation>Afgerond: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snoozed until {day}: {text}</source>
        <translation>Uitgesteld tot {day}: {text}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/gui.py" line="+14"/>
        <source>open the app (the default)</source>
        <translation>de app openen (standaard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact files to import (handed to the app when it is already open)</source>
        <translation>contactbestanden om te importeren (doorgegeven aan de app als die al geopend is)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/importing.py" line="-158"/>
        <location filename="../../netdesk/cli/people.py" line="-242"/>
        <location filename="../../netdesk/cli/scan.py" line="+29"/>
        <source>the event where you met</source>
        <translation>het evenement waar je elkaar ontmoette</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/summary.py" line="+17"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/importing.py" line="+107"/>
        <location filename="../../netdesk/cli/summary.py" line="+1"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/summary.py" line="+12"/>
        <source>brought back from the trash</source>
        <translation>uit de prullenbak teruggehaald</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>may be the same person as {ids}: see &apos;netdesk person duplicates&apos;</source>
        <translation>mogelijk dezelfde persoon als {ids}: zie &apos;netdesk person duplicates&apos;</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/importing.py" line="-130"/>
        <source>add people from vCard, MECARD or CSV files; list or undo imports</source>
        <translation>mensen toevoegen uit vCard-, MECARD- of CSV-bestanden; imports tonen of ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every file first, then add everyone in one go (all or nothing). Someone who is already known (UID, email, phone, or name at the same organisation) only has empty fields filled; differences are reported, never overwritten. A contact without a name is named after its email, organisation or phone (marked as a guess); records that cannot be used are reported with their place. Every import is a batch: --list shows them, --undo takes one back.</source>
        <translation>Eerst worden alle bestanden gelezen, dan wordt iedereen in één keer toegevoegd (alles of niets). Van iemand die al bekend is (UID, e-mail, telefoon, of naam bij dezelfde organisatie) worden alleen lege velden aangevuld; verschillen worden gemeld, nooit overschreven. Een contact zonder naam krijgt een naam naar het e-mailadres, de organisatie of het telefoonnummer (gemarkeerd als gok); onbruikbare records worden met hun plaats gemeld. Elke import is een batch: --list toont ze, --undo draait er een terug.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV columns are recognised by their headings (Google, Outlook, LinkedIn, Thunderbird, KAddressBook, attendee lists) or, without headings, by what they hold. --mapping takes a JSON object naming columns by heading or by number from 1, for example {&quot;E-mail&quot;: &quot;email&quot;, &quot;3&quot;: &quot;organisation&quot;, &quot;Notes&quot;: &quot;&quot;}; fields: full_name, given_name, family_name, organisation, department, title, email, phone, url, notes (&quot;&quot; leaves a column out). Columns it does not name keep the mapping confirmed in the app for the same heading, or the guess.</source>
        <translation>CSV-kolommen worden herkend aan hun kopjes (Google, Outlook, LinkedIn, Thunderbird, KAddressBook, deelnemerslijsten) of, zonder kopjes, aan wat ze bevatten. --mapping neemt een JSON-object dat kolommen noemt bij kopje of bij nummer vanaf 1, bijvoorbeeld {&quot;E-mail&quot;: &quot;email&quot;, &quot;3&quot;: &quot;organisation&quot;, &quot;Notes&quot;: &quot;&quot;}; velden: full_name, given_name, family_name, organisation, department, title, email, phone, url, notes (&quot;&quot; laat een kolom weg). Kolommen die het niet noemt houden de indeling die in de app voor dezelfde kopjes is bevestigd, of de gok.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a saved CSV column mapping (see below)</source>
        <translation>een opgeslagen indeling van CSV-kolommen (zie onder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what the import would do, write nothing</source>
        <translation>laten zien wat de import zou doen, niets opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list past imports, newest first</source>
        <translation>eerdere imports tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undo one import: remove who it added, restore who it merged into</source>
        <translation>één import ongedaan maken: wie hij toevoegde verwijderen, wie hij samenvoegde terugzetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give files to import, or --list, or --undo BATCH (one of them)</source>
        <translation>geef bestanden om te importeren, of --list, of --undo BATCH (één daarvan)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>would add {new}, merge {merge}, fold {duplicate} duplicates, leave {unchanged} unchanged, skip {unusable}; nothing was written</source>
        <translation>zou {new} toevoegen, {merge} samenvoegen, {duplicate} dubbelen samennemen, {unchanged} ongewijzigd laten, {unusable} overslaan; er is niets opgeslagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kept {field} &apos;{current}&apos; (file says &apos;{scanned}&apos;)</source>
        <translation>{field} &apos;{current}&apos; behouden (bestand zegt &apos;{scanned}&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{created} added, {merged} merged, {unchanged} unchanged, {errors} skipped</source>
        <translation>{created} toegevoegd, {merged} samengevoegd, {unchanged} ongewijzigd, {errors} overgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import {batch}: undo it with &apos;netdesk import --undo {batch}&apos;</source>
        <translation>import {batch}: ongedaan maken met &apos;netdesk import --undo {batch}&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>recreated {people} people and everything about them from {file}</source>
        <translation>{people} mensen en alles over hen opnieuw aangemaakt uit {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will merge into</source>
        <translation>wordt samengevoegd met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as row</source>
        <translation>zelfde als rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped:</source>
        <translation>overgeslagen:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{created} added, {merged} merged, {unchanged} unchanged</source>
        <translation>{created} toegevoegd, {merged} samengevoegd, {unchanged} ongewijzigd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counts</source>
        <translation>aantallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no imports yet</source>
        <translation>nog geen imports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import {batch} undone: {removed} removed, {restored} restored</source>
        <translation>import {batch} ongedaan gemaakt: {removed} verwijderd, {restored} teruggezet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept {id} {name}: edited since the import</source>
        <translation>{id} {name} behouden: bewerkt sinds de import</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/main.py" line="+100"/>
        <source>try &apos;{prog} --help&apos;</source>
        <translation>probeer &apos;{prog} --help&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database file (default: $NETDESK_DB or the per-user data folder)</source>
        <translation>het databasebestand (standaard: $NETDESK_DB of de gegevensmap van de gebruiker)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>machine-readable output</source>
        <translation>machineleesbare uitvoer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Capture who you meet at events, swap QR cards, and follow up.</source>
        <translation>Leg vast wie je op evenementen ontmoet, wissel QR-kaartjes uit en volg op.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected problem ({kind}: {detail}); rerun with NETDESK_DEBUG=1 and report it</source>
        <translation>onverwacht probleem ({kind}: {detail}); voer opnieuw uit met NETDESK_DEBUG=1 en meld het</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/maintenance.py" line="+14"/>
        <source>fill a database with sample data</source>
        <translation>een database met voorbeeldgegevens vullen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copy the database safely</source>
        <translation>de database veilig kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to write (default: backups folder)</source>
        <translation>waarheen schrijven (standaard: map met back-ups)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the database with a backup</source>
        <translation>de database vervangen door een back-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the database for damage</source>
        <translation>de database op beschadiging controleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--people must be 0 or more</source>
        <translation>--people moet 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added {people} people, {events} events, {encounters} encounters and {followups} follow-ups.</source>
        <translation>{people} mensen, {events} evenementen, {encounters} ontmoetingen en {followups} opvolgingen toegevoegd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt naar {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored {file}; the previous database is kept as {kept}</source>
        <translation>{file} teruggezet; de vorige database is bewaard als {kept}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: OK (schema {version})</source>
        <translation>{path}: in orde (schema {version})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path}: {count} probleem/problemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/people.py" line="-19"/>
        <source>add and find people</source>
        <translation>mensen toevoegen en zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add a person you met</source>
        <translation>een persoon toevoegen die je ontmoette</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+164"/>
        <location line="+91"/>
        <location filename="../../netdesk/cli/topics.py" line="-33"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>a colleague in your organisation</source>
        <translation>een collega in je organisatie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one line to remember them by</source>
        <translation>één regel om de persoon aan te herinneren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list or search people</source>
        <translation>mensen tonen of zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>words or prefixes</source>
        <translation>woorden of woordbegins</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at most this many (0: all)</source>
        <translation>hoogstens zoveel (0: alle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list deleted people</source>
        <translation>verwijderde mensen tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>everything about one person</source>
        <translation>alles over één persoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move people to the trash</source>
        <translation>mensen naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bring people back from the trash</source>
        <translation>mensen uit de prullenbak terughalen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>people who may be the same person, for you to decide</source>
        <translation>mensen die mogelijk dezelfde persoon zijn, zodat jij kunt beslissen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two people are different: never suggest them as duplicates</source>
        <translation>twee mensen zijn verschillende personen: stel ze nooit meer voor als dubbelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write everything about one person to a JSON file (their data)</source>
        <translation>alles over één persoon naar een JSON-bestand schrijven (hun gegevens)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erase one person and everything about them for good (not the trash)</source>
        <translation>één persoon en alles over deze persoon definitief wissen (niet naar de prullenbak)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>do not ask for confirmation</source>
        <translation>niet om bevestiging vragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what is in the trash; empty it</source>
        <translation>wat er in de prullenbak zit; legen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete its contents for good</source>
        <translation>de inhoud definitief verwijderen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added person {id}: {name}</source>
        <translation>Persoon {id} toegevoegd: {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody found.</source>
        <translation>Niemand gevonden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no event</source>
        <translation>geen evenement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moved {count} to the trash (&apos;netdesk person restore&apos; undoes it)</source>
        <translation>{count} naar de prullenbak verplaatst (&apos;netdesk person restore&apos; maakt het ongedaan)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored {count} from the trash</source>
        <translation>{count} uit de prullenbak teruggehaald</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted for good: {people} people and {events} events</source>
        <translation>Definitief verwijderd: {people} mensen en {events} evenementen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the trash: {people} people and {events} events</source>
        <translation>In de prullenbak: {people} mensen en {events} evenementen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>may be</source>
        <translation>lijkt op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>because</source>
        <translation>reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No possible duplicates.</source>
        <translation>Geen mogelijke dubbelen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same card ID</source>
        <translation>zelfde kaart-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email, but something differs</source>
        <translation>zelfde e-mail, maar iets wijkt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone, but something differs</source>
        <translation>zelfde telefoon, maar iets wijkt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same profile link, but something differs</source>
        <translation>zelfde profiellink, maar iets wijkt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close name, same organisation</source>
        <translation>vergelijkbare naam, zelfde organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named by you</source>
        <translation>door jou aangegeven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{a} and {b} are different people: they will not be suggested again</source>
        <translation>{a} en {b} zijn verschillende personen: ze worden niet meer voorgesteld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote everything about {name} (person {id}) to {out}</source>
        <translation>Alles over {name} (persoon {id}) is geschreven naar {out}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erase {name} (person {id}) and everything about them? This cannot be undone.</source>
        <translation>{name} (persoon {id}) en alles over deze persoon wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erased {name} (person {id}) for good</source>
        <translation>{name} (persoon {id}) is definitief gewist</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/scan.py" line="-11"/>
        <source>decode QR codes in images, add or merge people</source>
        <translation>QR-codes in afbeeldingen lezen, mensen toevoegen of samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode the QR contact cards in each image and add the people to the database, met at --event. A card that matches someone known (UID, email, phone, or name at the same organisation) only fills their empty fields; differences are reported, never overwritten.</source>
        <translation>Leest de QR-contactkaartjes in elke afbeelding en voegt de mensen toe aan de database, als ontmoet op --event. Een kaartje dat bij iemand past die al bekend is (UID, e-mail, telefoon, of naam bij dezelfde organisatie), vult alleen diens lege velden; verschillen worden gemeld, nooit overschreven.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>kept {field} &apos;{current}&apos; (card says &apos;{scanned}&apos;)</source>
        <translation>{field} &apos;{current}&apos; behouden (kaartje zegt &apos;{scanned}&apos;)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/summary.py" line="-6"/>
        <source>the name is a guess: please check it</source>
        <translation>de naam is een gok: controleer hem</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/scan.py" line="+1"/>
        <source>{created} added, {merged} merged, {unchanged} unchanged, {errors} not imported</source>
        <translation>{created} toegevoegd, {merged} samengevoegd, {unchanged} ongewijzigd, {errors} niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/screenshot.py" line="+32"/>
        <source>render a view offscreen to a PNG</source>
        <translation>een weergave buiten beeld naar een PNG renderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whose detail to show</source>
        <translation>van wie de details getoond worden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with a dark palette, as a dark desktop theme gives</source>
        <translation>met een donker palet, zoals een donker bureaubladthema dat geeft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--size must look like 1280x800 (320x240 to 8192x8192), not &apos;{size}&apos;</source>
        <translation>--size moet eruitzien als 1280x800 (320x240 tot 8192x8192), niet &apos;{size}&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {view} to {path}</source>
        <translation>{view} opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/argtypes.py" line="+38"/>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>&apos;{value}&apos; is geen geheel getal van {low} tot {high}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{value}&apos; is not an id (a whole number such as 12)</source>
        <translation>&apos;{value}&apos; is geen id (een geheel getal zoals 12)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/desktop.py" line="+35"/>
        <source>add netdesk to this user&apos;s application menu (opens .vcf files and links)</source>
        <translation>netdesk toevoegen aan het programmamenu van deze gebruiker (opent .vcf-bestanden en links)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take the menu entry, metadata and icon away again</source>
        <translation>het menu-item, de metadata en het pictogram weer weghalen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Removed netdesk&apos;s menu entry, metadata and icon from {folder}</source>
        <translation>Menu-item, metadata en pictogram van netdesk verwijderd uit {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>netdesk&apos;s menu entry was not installed in {folder}</source>
        <translation>Het menu-item van netdesk was niet geïnstalleerd in {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>netdesk&apos;s desktop files are missing: {files}</source>
        <translation>De bureaubladbestanden van netdesk ontbreken: {files}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installed netdesk&apos;s menu entry, metadata and icon in {folder}</source>
        <translation>Menu-item, metadata en pictogram van netdesk geïnstalleerd in {folder}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/briefing.py" line="+20"/>
        <source>before an event: goals, who you know there, open items (PDF)</source>
        <translation>voor een evenement: doelen, wie je er kent, openstaande punten (pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a month of networking, with charts (PDF)</source>
        <translation>een maand netwerken, met grafieken (pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path}: the brief for {event}, {pages} page(s).</source>
        <translation>{path} opgeslagen: de briefing voor {event}, {pages} pagina(’s).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path}: the report for {month}, {pages} page(s).</source>
        <translation>{path} opgeslagen: het rapport over {month}, {pages} pagina(’s).</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/topics.py" line="-84"/>
        <source>challenges, offers and interests</source>
        <translation>uitdagingen, aanbod en interesses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give a person (or yourself) a topic</source>
        <translation>een onderwerp geven aan iemand (of aan jezelf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a person&apos;s topics, or your own</source>
        <translation>de onderwerpen van iemand, of die van jezelf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>everyone who shares a topic</source>
        <translation>iedereen die een onderwerp deelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs on a topic paired with offers</source>
        <translation>vraag over een onderwerp gekoppeld aan aanbod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>introductions you made</source>
        <translation>introducties die je maakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the latest introductions</source>
        <translation>de laatste introducties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record what came of an introduction</source>
        <translation>vastleggen wat een introductie opleverde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added {role}: {label}</source>
        <translation>{role} toegevoegd: {label}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topics yet.</source>
        <translation>Nog geen onderwerpen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last met at</source>
        <translation>laatst ontmoet op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody shares this topic yet.</source>
        <translation>Nog niemand deelt dit onderwerp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{offer} offers what {need} needs ({topic}): introduce them?</source>
        <translation>{offer} biedt wat {need} zoekt ({topic}): aan elkaar voorstellen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No needs and offers to pair yet.</source>
        <translation>Nog geen vraag en aanbod om te koppelen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>made</source>
        <translation>gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No introductions yet.</source>
        <translation>Nog geen introducties.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome of introduction {id}: {text}</source>
        <translation>Resultaat van introductie {id}: {text}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli/sync.py" line="-151"/>
        <source>sync people and follow-ups with your CardDAV/CalDAV server</source>
        <translation>synchroniseer mensen en opvolgingen met je CardDAV/CalDAV-server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say what a sync would do, change nothing on either side</source>
        <translation>zeg wat een synchronisatie zou doen, verander aan geen van beide kanten iets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose the server and collections</source>
        <translation>kies de server en de verzamelingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the address book to sync (default: the first one found)</source>
        <translation>het adresboek om te synchroniseren (standaard: het eerste dat gevonden wordt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task list for follow-ups</source>
        <translation>de takenlijst voor opvolgingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the last sync and its errors</source>
        <translation>de laatste synchronisatie en haar fouten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fields changed on both sides</source>
        <translation>velden die aan beide kanten zijn gewijzigd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep one side of a conflict</source>
        <translation>houd één kant van een conflict</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add the people added on your phone during an event to it</source>
        <translation>voeg de mensen die tijdens een evenement op je telefoon zijn toegevoegd aan dat evenement toe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password for {user}: </source>
        <translation>Wachtwoord voor {user}: </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Syncing {kind} with {url} ({name})</source>
        <translation>{kind} wordt gesynchroniseerd met {url} ({name})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verb}: {sent} sent, {received} received, {merged} merged, {deleted} deleted, {conflicts} in conflict</source>
        <translation>{verb}: {sent} verstuurd, {received} ontvangen, {merged} samengevoegd, {deleted} verwijderd, {conflicts} in conflict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Would sync</source>
        <translation>Zou synchroniseren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people added on your phone during {event}: &apos;netdesk sync attach {id}&apos; adds them to the event</source>
        <translation>{count} mensen toegevoegd op je telefoon tijdens {event}: &apos;netdesk sync attach {id}&apos; voegt ze aan het evenement toe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See them with &apos;netdesk sync conflicts&apos;.</source>
        <translation>Bekijk ze met &apos;netdesk sync conflicts&apos;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>collection</source>
        <translation>verzameling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sync</source>
        <translation>laatste synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from {variable} for this run.</source>
        <translation>Het wachtwoord komt voor deze keer uit {variable}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} conflicts waiting</source>
        <translation>{count} conflicten wachten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>here {local!r}, there {remote!r}</source>
        <translation>hier {local!r}, daar {remote!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept the version here; the next sync sends it to the server.</source>
        <translation>De versie hier is gehouden; de volgende synchronisatie stuurt haar naar de server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the server&apos;s version.</source>
        <translation>De versie van de server is overgenomen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} people added to the event</source>
        <translation>{count} mensen aan het evenement toegevoegd</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../netdesk/core/errors.py" line="+17"/>
        <source>&apos;{value}&apos; is not a valid date; use YYYY-MM-DD, for example 2026-11-20</source>
        <translation>&apos;{value}&apos; is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a valid time; use HH:MM, for example 09:30</source>
        <translation>&apos;{value}&apos; is geen geldige tijd; gebruik UU:MM, bijvoorbeeld 09:30</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{value}&apos; is not a valid email address</source>
        <translation>&apos;{value}&apos; is geen geldig e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a valid phone number</source>
        <translation>&apos;{value}&apos; is geen geldig telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a valid web address</source>
        <translation>&apos;{value}&apos; is geen geldig webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a known {what}; choose one of: {choices}</source>
        <translation>&apos;{value}&apos; is onbekend als {what}; kies uit: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {what} needs a name</source>
        <translation>een naam is verplicht voor {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>het evenement eindigt ({end}) voordat het begint ({start})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no event with id {id}</source>
        <translation>er is geen evenement met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no person with id {id}</source>
        <translation>er is geen persoon met id {id}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no follow-up with id {id}</source>
        <translation>er is geen opvolging met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no goal with id {id}</source>
        <translation>er is geen doel met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no card profile named &apos;{name}&apos;</source>
        <translation>er is geen kaartprofiel met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person cannot be introduced to themselves</source>
        <translation>iemand kan niet aan zichzelf worden voorgesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a netdesk database (it is not an SQLite file)</source>
        <translation>{path} is geen netdesk-database (het is geen SQLite-bestand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an SQLite file but not a netdesk database</source>
        <translation>{path} is een SQLite-bestand, maar geen netdesk-database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} was made by a newer netdesk (schema {found}, this version knows {known})</source>
        <translation>{path} is gemaakt door een nieuwere netdesk (schema {found}, deze versie kent {known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is damaged: {detail}</source>
        <translation>{path} is beschadigd: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open {path}: {detail}</source>
        <translation>kan {path} niet openen: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} does not exist</source>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {detail}</source>
        <translation>kan {path} niet schrijven: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up {id} is already done</source>
        <translation>opvolging {id} is al afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is larger than {limit} MB; split it into smaller files</source>
        <translation>{path} is groter dan {limit} MB; splits het op in kleinere bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no column for names or email addresses (a heading such as Name, First name or Email); the first line reads: {first}</source>
        <translation>{path} heeft geen kolom voor namen of e-mailadressen (een kop zoals Name, First name of Email); de eerste regel luidt: {first}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is too large to decode safely ({width} × {height} pixels)</source>
        <translation>{name} is te groot om veilig te decoderen ({width} × {height} pixels)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is too large to decode safely ({detail})</source>
        <translation>{name} is te groot om veilig te decoderen ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too big to scan ({size} MB)</source>
        <translation>{name} is te groot om te scannen ({size} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged or incomplete ({detail})</source>
        <translation>{name} is beschadigd of onvolledig ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: permission denied</source>
        <translation>kan {path} niet lezen: geen toestemming</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no QR code found in {name}</source>
        <translation>geen QR-code gevonden in {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot tell what kind of file {path} is; use --format vcard, mecard or csv</source>
        <translation>kan niet bepalen wat voor bestand {path} is; gebruik --format vcard, mecard of csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a {format} file</source>
        <translation>{path} is geen {format}-bestand</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>{path} is larger than {limit} MB; split it first</source>
        <translation>{path} is groter dan {limit} MB; splits het eerst op</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&apos;{value}&apos; has a time zone offset; give the time of day as HH:MM in your own time zone</source>
        <translation>&apos;{value}&apos; bevat een tijdzoneverschil; geef het tijdstip op als UU:MM in je eigen tijdzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a date netdesk accepts; use a date from {first} to {last}</source>
        <translation>{value} is geen datum die netdesk accepteert; gebruik een datum van {first} tot {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not UTF-8 text; set the terminal to UTF-8 (a locale such as en_US.UTF-8) and try again</source>
        <translation>&apos;{value}&apos; is geen UTF-8-tekst; stel de terminal in op UTF-8 (een locale zoals nl_NL.UTF-8) en probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a file name in &apos;{value}&apos; is not UTF-8 text; rename the file and try again</source>
        <translation>een bestandsnaam in &apos;{value}&apos; is geen UTF-8-tekst; geef het bestand een andere naam en probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>person {id} is not in the trash</source>
        <translation>persoon {id} zit niet in de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this database holds no people yet</source>
        <translation>deze database bevat nog geen mensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database holds no events yet</source>
        <translation>deze database bevat nog geen evenementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database holds no event with people met yet</source>
        <translation>deze database bevat nog geen evenement waar je mensen ontmoette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no topic with id {id}</source>
        <translation>er is geen onderwerp met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody holds a topic called &apos;{name}&apos; yet; add it to a person first</source>
        <translation>niemand heeft nog een onderwerp &apos;{name}&apos;; voeg het eerst aan iemand toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no introduction with id {id}</source>
        <translation>er is geen introductie met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a month; use YYYY-MM, for example 2026-11</source>
        <translation>&apos;{value}&apos; is geen maand; gebruik JJJJ-MM, bijvoorbeeld 2026-11</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>person {id} was given twice: a possible duplicate needs two different people</source>
        <translation>persoon {id} is twee keer opgegeven: voor een mogelijke dubbele zijn twee verschillende mensen nodig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database is busy in another program; nothing was saved: try again in a moment</source>
        <translation>de database is bezet door een ander programma; er is niets opgeslagen: probeer het zo opnieuw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} was changed outside netdesk and is refused, because what was added could run inside netdesk&apos;s own work ({detail})</source>
        <translation>{path} is buiten netdesk om gewijzigd en wordt geweigerd, omdat wat er is toegevoegd binnen het werk van netdesk zelf zou kunnen worden uitgevoerd ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk holding {path} is full; nothing was saved: free some space and retry</source>
        <translation>de schijf met {path} is vol; er is niets opgeslagen: maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only; netdesk needs to write it (check its permissions)</source>
        <translation>{path} is alleen-lezen; netdesk moet erin kunnen schrijven (controleer de rechten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder; give the path of a database file</source>
        <translation>{path} is een map; geef het pad van een databasebestand op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder; give the name of a file to write</source>
        <translation>{path} is een map; geef de naam op van een bestand om naar te schrijven</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not an image netdesk can read (PNG, JPEG, GIF, BMP, TIFF, WebP or AVIF)</source>
        <translation>{name} is geen afbeelding die netdesk kan lezen (PNG, JPEG, GIF, BMP, TIFF, WebP of AVIF)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not an ordinary file (a folder, device or pipe); netdesk cannot read it</source>
        <translation>{path} is geen gewoon bestand (maar een map, apparaat of pipe); netdesk kan het niet lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read {path}: {detail}</source>
        <translation>kan {path} niet lezen: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is too large to decode safely: its pixels would take {size} MB of memory (at most {limit} MB)</source>
        <translation>{name} is te groot om veilig te decoderen: de pixels zouden {size} MB geheugen innemen (hoogstens {limit} MB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no import with id {id}</source>
        <translation>er is geen import met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import {id} was already undone ({when})</source>
        <translation>import {id} is al ongedaan gemaakt ({when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import was cancelled; nothing changed</source>
        <translation>de import is geannuleerd; er is niets veranderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removing these people would leave rows in {table} pointing at no one; nothing changed (run &apos;netdesk check&apos; and report it)</source>
        <translation>deze mensen verwijderen zou rijen in {table} laten wijzen naar niemand; er is niets veranderd (voer &apos;netdesk check&apos; uit en meld het)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a column mapping: write a JSON object such as {{&quot;Email&quot;: &quot;email&quot;, &quot;2&quot;: &quot;organisation&quot;}}</source>
        <translation>{path} is geen kolomindeling: schrijf een JSON-object zoals {{&quot;Email&quot;: &quot;email&quot;, &quot;2&quot;: &quot;organisation&quot;}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;{column}&apos;: &apos;{value}&apos; is not a field; choose one of: {choices}</source>
        <translation>kolom &apos;{column}&apos;: &apos;{value}&apos; is geen veld; kies uit: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mapping names a column &apos;{column}&apos; that the CSV file does not have</source>
        <translation>de indeling noemt een kolom &apos;{column}&apos; die het CSV-bestand niet heeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a card needs a name to share; fill in the name or tick it to share</source>
        <translation>een kaartje heeft een naam nodig om te delen; vul de naam in of vink hem aan om te delen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this card is too long for a QR code phones read easily ({size} bytes, at most {limit}); leave out or shorten: {fields}</source>
        <translation>dit kaartje is te lang voor een QR-code die telefoons makkelijk lezen ({size} bytes, hoogstens {limit}); laat weg of kort in: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text is too long for a QR code phones read easily ({size} bytes, at most {limit})</source>
        <translation>de tekst is te lang voor een QR-code die telefoons makkelijk lezen ({size} bytes, hoogstens {limit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{size} pixels is too small for this QR code; use at least {minimum}</source>
        <translation>{size} pixels is te klein voor deze QR-code; gebruik minstens {minimum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no name column (expected a header such as name, organisation, email)</source>
        <translation>{path} heeft geen kolom met namen (verwacht een kop zoals name, organisation, email)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to print: {path} has no row with a name</source>
        <translation>niets af te drukken: {path} heeft geen rij met een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {step} step of the follow-up rhythm needs 1 to 3660 days, not {value}</source>
        <translation>de stap {step} van het opvolgritme moet 1 tot 3660 dagen zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a keep-in-touch cadence is a number of days from 1 to 3660, not {value}</source>
        <translation>een contactfrequentie is een aantal dagen van 1 tot 3660, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no tag named &apos;{name}&apos;</source>
        <translation>er is geen label met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no email template named &apos;{name}&apos;</source>
        <translation>er is geen e-mailsjabloon met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an export format; choose one of: {choices}</source>
        <translation>&apos;{value}&apos; is geen exportformaat; kies uit: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a known time zone; use a name like Europe/Amsterdam</source>
        <translation>&apos;{value}&apos; is geen bekende tijdzone; gebruik een naam zoals Europe/Amsterdam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep between 1 and {limit} automatic backups, not {value}</source>
        <translation>bewaar tussen 1 en {limit} automatische back-ups, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a known country code for phone numbers; use two letters such as NL or GB</source>
        <translation>&apos;{value}&apos; is geen bekende landcode voor telefoonnummers; gebruik twee letters, zoals NL of GB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not UTF-8 text; nothing was imported</source>
        <translation>{path} is geen UTF-8-tekst; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no tables, so it is not a netdesk archive; nothing was imported</source>
        <translation>{path} heeft geen tabellen en is dus geen netdesk-archief; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not valid JSON (line {line}, column {column}); nothing was imported</source>
        <translation>{path} is geen geldige JSON (regel {line}, kolom {column}); er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is nested too deeply to be a netdesk archive; nothing was imported</source>
        <translation>{path} is te diep genest om een netdesk-archief te zijn; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an archive of version {found}; this netdesk reads version {known}; nothing was imported</source>
        <translation>{path} is een archief van versie {found}; deze netdesk leest versie {known}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds a table netdesk does not know ({table}); nothing was imported</source>
        <translation>{path} bevat een tabel die netdesk niet kent ({table}); er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the table {table} in {path} has no columns or rows; nothing was imported</source>
        <translation>de tabel {table} in {path} heeft geen kolommen of rijen; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive&apos;s {table} table has a column netdesk does not know ({column}); nothing was imported</source>
        <translation>de tabel {table} van het archief heeft een kolom die netdesk niet kent ({column}); er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive&apos;s {table} table has no {column} column; nothing was imported</source>
        <translation>de tabel {table} van het archief heeft geen kolom {column}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row} of the archive&apos;s {table} table is not a list of {count} values; nothing was imported</source>
        <translation>rij {row} van de tabel {table} van het archief is geen lijst van {count} waarden; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row} of the archive&apos;s {table} table: {column} must be {what}; nothing was imported</source>
        <translation>rij {row} van de tabel {table} van het archief: {column} moet {what} zijn; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive holds the setting &apos;{key}&apos;, which is not a preference; nothing was imported</source>
        <translation>het archief bevat de instelling &apos;{key}&apos;, die geen voorkeur is; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row} of the archive&apos;s {table} table was refused ({detail}); nothing was imported</source>
        <translation>rij {row} van de tabel {table} van het archief is geweigerd ({detail}); er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row of the archive&apos;s {table} table points at a {parent} row that is not in it; nothing was imported</source>
        <translation>een rij van de tabel {table} van het archief verwijst naar een rij van {parent} die er niet in staat; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already holds data ({table}): import the archive into an empty database, or use restore</source>
        <translation>{path} bevat al gegevens ({table}): importeer het archief in een lege database, of gebruik restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing erased: add --yes to erase {name} (person {id}) for good</source>
        <translation>niets gewist: voeg --yes toe om {name} (persoon {id}) definitief te wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the sync server {host}; check the address and your connection</source>
        <translation>kan de synchronisatieserver {host} niet bereiken; controleer het adres en je verbinding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sync server {host} did not answer in time; try again later</source>
        <translation>de synchronisatieserver {host} antwoordde niet op tijd; probeer het later opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate of {host} is not trusted (self-signed or expired); netdesk only syncs over verified TLS: install a certificate from a known authority on the server</source>
        <translation>het certificaat van {host} wordt niet vertrouwd (zelfondertekend of verlopen); netdesk synchroniseert alleen over gecontroleerde TLS: installeer op de server een certificaat van een bekende uitgever</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} refused the user name or password; check them (or the app password)</source>
        <translation>{host} weigerde de gebruikersnaam of het wachtwoord; controleer ze (of het app-wachtwoord)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not allow this account to use {url}</source>
        <translation>de server staat dit account niet toe {url} te gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a CardDAV or CalDAV server; use the address your provider gives</source>
        <translation>{url} is geen CardDAV- of CalDAV-server; gebruik het adres dat je provider opgeeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{url}&apos; is not a server address; use one like https://dav.example.org/</source>
        <translation>&apos;{url}&apos; is geen serveradres; gebruik er een zoals https://dav.example.org/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered {status} {reason} to {method} {url}</source>
        <translation>de server antwoordde {status} {reason} op {method} {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keyring service is running to keep the password; set the environment variable {variable} for this run (it is never stored)</source>
        <translation>er draait geen sleutelbosdienst om het wachtwoord te bewaren; zet de omgevingsvariabele {variable} voor deze keer (die wordt nooit opgeslagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for {user} in the keyring; run &apos;netdesk sync setup&apos; again or set {variable}</source>
        <translation>geen wachtwoord voor {user} in de sleutelbos; voer &apos;netdesk sync setup&apos; opnieuw uit of zet {variable}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync is not set up; run &apos;netdesk sync setup URL --user NAME&apos; first</source>
        <translation>synchronisatie is niet ingesteld; voer eerst &apos;netdesk sync setup URL --user NAAM&apos; uit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no address book found for this account on {url}; create one on the server</source>
        <translation>geen adresboek gevonden voor dit account op {url}; maak er een aan op de server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{href} is not one of this account&apos;s collections; choose one of: {choices}</source>
        <translation>{href} is geen verzameling van dit account; kies uit: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what was done is kept and the next sync goes on from there</source>
        <translation>synchronisatie afgebroken; wat gedaan is blijft bewaard en de volgende synchronisatie gaat daar verder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync stopped on an unexpected problem ({detail})</source>
        <translation>synchronisatie gestopt door een onverwacht probleem ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no sync conflict with id {id}</source>
        <translation>er is geen synchronisatieconflict met id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{href} kept changing on the server while netdesk merged it; sync again later</source>
        <translation>{href} bleef op de server veranderen terwijl netdesk het samenvoegde; synchroniseer later opnieuw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>card profile</source>
        <translation>een kaartprofiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>een label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>een evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>een opvolging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image type</source>
        <translation>afbeeldingstype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper size</source>
        <translation>papierformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet layout</source>
        <translation>vellayout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact kind</source>
        <translation>soort contactgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal criterion</source>
        <translation>doelcriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import format</source>
        <translation>importformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card format</source>
        <translation>kaartformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>way of meeting</source>
        <translation>manier van ontmoeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rhythm step</source>
        <translation>ritmestap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quick action</source>
        <translation>snelle actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event kind</source>
        <translation>soort evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up list</source>
        <translation>opvolglijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up action</source>
        <translation>opvolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interaction kind</source>
        <translation>soort contactmoment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange kind</source>
        <translation>soort uitwisseling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base64 text</source>
        <translation>base64-tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic role</source>
        <translation>rol van een onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side</source>
        <translation>kant</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <location filename="../../netdesk/core/formats/ics.py" line="+82"/>
        <source>netdesk follow-ups</source>
        <translation>netdesk-opvolgingen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Follow-up for {name}</source>
        <translation>Opvolging voor {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met at {event}</source>
        <translation>Ontmoet op {event}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: {outcome}</source>
        <translation>Resultaat: {outcome}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../netdesk/core/files/paths.py" line="+34"/>
        <source>{path} could be read by other users; it is now readable by you only</source>
        <translation>{path} was leesbaar voor andere gebruikers; nu kun alleen jij het lezen</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../netdesk/core/events/review.py" line="+210"/>
        <source>Ask how the introduction to {name} went</source>
        <translation>Vraag hoe de introductie bij {name} is gegaan</translation>
    </message>
</context>
<context>
    <name>rhythm</name>
    <message>
        <location filename="../../netdesk/core/followups/rhythm.py" line="+61"/>
        <source>Send the information promised</source>
        <translation>De beloofde informatie sturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduce to someone</source>
        <translation>Aan iemand voorstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coffee or call</source>
        <translation>Koffie of bellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect on LinkedIn</source>
        <translation>Verbinden op LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed</source>
        <translation>Niets nodig</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../netdesk/core/formats/contact.py" line="+70"/>
        <source>the code is empty</source>
        <translation>de code is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Wi-Fi network ({network}), not a contact card</source>
        <translation>een wifinetwerk ({network}), geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment request ({scheme}), not a contact card</source>
        <translation>een betaalverzoek ({scheme}), geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a calendar entry, not a contact card</source>
        <translation>een agenda-item, geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web link ({host}), not a contact card</source>
        <translation>een weblink ({host}), geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text message to {number}, not a contact card</source>
        <translation>een sms naar {number}, geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a map location, not a contact card</source>
        <translation>een locatie op de kaart, geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bookmark, not a contact card</source>
        <translation>een bladwijzer, geen contactkaartje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text, not a contact card: “{preview}”</source>
        <translation>platte tekst, geen contactkaartje: ‘{preview}’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {format} with neither a name nor an address, phone or link</source>
        <translation>een {format} zonder naam, adres, telefoon of link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a {format}</source>
        <translation>dit is geen {format}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code holds {size} characters, more than a contact card ({limit})</source>
        <translation>de code bevat {size} tekens, meer dan een contactkaartje ({limit})</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/transfer/scanning.py" line="+134"/>
        <source>no QR code found</source>
        <translation>geen QR-code gevonden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}, code {n}</source>
        <translation>{where}, code {n}</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../netdesk/core/followups/templates.py" line="+26"/>
        <source>Thank you for meeting</source>
        <translation>Bedankt voor de ontmoeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good to meet you at {event}</source>
        <translation>Leuk je te ontmoeten op {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi {first_name},

Thank you for the conversation at {event} ({context}). I enjoyed it and would like to stay in touch.

Best regards,
{my_name}</source>
        <translation>Hoi {first_name},

Bedankt voor het gesprek op {event} ({context}). Ik vond het leuk en wil graag contact houden.

Met vriendelijke groet,
{my_name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The information promised</source>
        <translation>De beloofde informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The information I promised at {event}</source>
        <translation>De informatie die ik op {event} beloofde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi {first_name},

As promised when we talked at {event} ({context}), here is the information:

…

Let me know if it helps, or if there is more I can do.

Best regards,
{my_name}</source>
        <translation>Hoi {first_name},

Zoals beloofd toen we elkaar spraken op {event} ({context}), hierbij de informatie:

…

Laat me weten of je er iets aan hebt, of dat ik nog meer kan doen.

Met vriendelijke groet,
{my_name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The introduction</source>
        <translation>De introductie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction: {name} and {other_name}</source>
        <translation>Introductie: {name} en {other_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi {first_name} and {other_first_name},

I would like to introduce you to each other.

{name} ({organisation}) and {other_name} ({other_organisation}): {why}

I will leave it to you to take it from here.

Best regards,
{my_name}</source>
        <translation>Hoi {first_name} en {other_first_name},

Ik wil jullie graag aan elkaar voorstellen.

{name} ({organisation}) en {other_name} ({other_organisation}): {why}

Ik laat het verder aan jullie over.

Met vriendelijke groet,
{my_name}</translation>
    </message>
</context>
</TS>
