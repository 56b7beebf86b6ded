<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EventsView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
<context>
    <name>HomeBoard</name>
    <message numerus="yes">
        <source>All %n follow-up(s) due…</source>
        <translation><numerusform>All %n follow-up due…</numerusform><numerusform>All %n follow-ups due…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) known</source>
        <translation><numerusform>%n peer known</numerusform><numerusform>%n peers known</numerusform></translation>
    </message>
</context>
<context>
    <name>InsightsBoard</name>
    <message numerus="yes">
        <source>%n colleague(s) known</source>
        <translation><numerusform>%n colleague known</numerusform><numerusform>%n colleagues known</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation><numerusform>(+%n more)</numerusform><numerusform>(+%n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You know people at %n organisation(s).</source>
        <translation><numerusform>You know people at %n organisation.</numerusform><numerusform>You know people at %n organisations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) met once and never heard from you again: a short note to {name} keeps the door open.</source>
        <translation><numerusform>%n organisation met once and never heard from you again: a short note to {name} keeps the door open.</numerusform><numerusform>%n organisations met once and never heard from you again: a short note to {name} keeps the door open.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Received more than you gave (%n): </source>
        <translation><numerusform>Received more than you gave (%n): </numerusform><numerusform>Received more than you gave (%n): </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n giver(s) have not heard from you since they helped: start by thanking {name}.</source>
        <translation><numerusform>%n giver has not heard from you since they helped: start by thanking {name}.</numerusform><numerusform>%n givers have not heard from you since they helped: start by thanking {name}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue: clear those first, a short note is enough.</source>
        <translation><numerusform>%n follow-up overdue: clear those first, a short note is enough.</numerusform><numerusform>%n follow-ups overdue: clear those first, a short note is enough.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due by their cadence.</source>
        <translation><numerusform>%n person due by their cadence.</numerusform><numerusform>%n people due by their cadence.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s) made</source>
        <translation><numerusform>%n introduction made</numerusform><numerusform>%n introductions made</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} introduced you to %n person(s): return the favour with an introduction of your own.</source>
        <translation><numerusform>{name} introduced you to %n person: return the favour with an introduction of your own.</numerusform><numerusform>{name} introduced you to %n people: return the favour with an introduction of your own.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ask how %n introduction(s) went: the outcome is not recorded yet.</source>
        <translation><numerusform>Ask how %n introduction went: the outcome is not recorded yet.</numerusform><numerusform>Ask how %n introductions went: the outcome is not recorded yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>InsightsCards</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>%n more</numerusform><numerusform>%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Captured %n person(s), last {name}.</source>
        <translation><numerusform>Captured %n person, last {name}.</numerusform><numerusform>Captured %n people, last {name}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message numerus="yes">
        <source>%n person(s) share this topic.</source>
        <translation><numerusform>%n person share this topic.</numerusform><numerusform>%n people share this topic.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeopleBulkActions</name>
    <message numerus="yes">
        <source>Moved %n person(s) to the trash. Undo with Ctrl+Z.</source>
        <translation><numerusform>Moved %n person to the trash. Undo with Ctrl+Z.</numerusform><numerusform>Moved %n people to the trash. Undo with Ctrl+Z.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n person(s):</source>
        <translation><numerusform>Tag for %n person:</numerusform><numerusform>Tag for %n people:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n person(s).</source>
        <translation><numerusform>Tagged %n person.</numerusform><numerusform>Tagged %n people.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Where did you meet these %n person(s)?</source>
        <translation><numerusform>Where did you meet these %n person?</numerusform><numerusform>Where did you meet these %n people?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the event.</source>
        <translation><numerusform>Added %n person to the event.</numerusform><numerusform>Added %n people to the event.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n person(s).</source>
        <translation><numerusform>Updated %n person.</numerusform><numerusform>Updated %n people.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier.</source>
        <translation><numerusform>%n follow-up due today or earlier.</numerusform><numerusform>%n follow-ups due today or earlier.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) just fell due.</source>
        <translation><numerusform>%n follow-up just fell due.</numerusform><numerusform>%n follow-ups just fell due.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>netdesk: %n follow-up(s) due</source>
        <translation><numerusform>netdesk: %n follow-up due</numerusform><numerusform>netdesk: %n follow-ups due</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n people added on your phone during {event}.</source>
        <translation><numerusform>%n people added on your phone during {event}.</numerusform><numerusform>%n people added on your phone during {event}.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message numerus="yes">
        <source>%n people added on your phone during {event}</source>
        <translation><numerusform>%n people added on your phone during {event}</numerusform><numerusform>%n people added on your phone during {event}</numerusform></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation><numerusform>Delete %n person</numerusform><numerusform>Delete %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n person(s)</source>
        <translation><numerusform>Tag %n person</numerusform><numerusform>Tag %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) as colleagues</source>
        <translation><numerusform>Mark %n person as colleagues</numerusform><numerusform>Mark %n people as colleagues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) as external</source>
        <translation><numerusform>Mark %n person as external</numerusform><numerusform>Mark %n people as external</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s) to an event</source>
        <translation><numerusform>Add %n person to an event</numerusform><numerusform>Add %n people to an event</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation><numerusform>Restore %n item</numerusform><numerusform>Restore %n items</numerusform></translation>
    </message>
</context>
</TS>