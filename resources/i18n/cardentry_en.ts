<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallsPage</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+521"/>
        <source>%n call(s) to action (at most 50)</source>
        <translation>
            <numerusform>%n call to action (at most 50)</numerusform>
            <numerusform>%n calls to action (at most 50)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/partner/export.py" line="+268"/>
        <source>%n thing(s) still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</source>
        <translation>
            <numerusform>%n thing is still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</numerusform>
            <numerusform>%n things are still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>%n internal evidence item(s) stay on this computer.</source>
        <translation>
            <numerusform>%n internal evidence item stay on this computer.</numerusform>
            <numerusform>%n internal evidence items stay on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The internal notes of %n indicator(s) stay on this computer.</source>
        <translation>
            <numerusform>The internal notes of %n indicator stay on this computer.</numerusform>
            <numerusform>The internal notes of %n indicators stay on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkKeys</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/network.py" line="+161"/>
        <source>Signing fingerprint (partners compare it by phone); sealing key {sealing}, %n retired key(s) kept to open older files:</source>
        <translation>
            <numerusform>Signing fingerprint (partners compare it by phone); sealing key {sealing}, %n retired key kept to open older files:</numerusform>
            <numerusform>Signing fingerprint (partners compare it by phone); sealing key {sealing}, %n retired keys kept to open older files:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="+66"/>
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Too short: %n more character needed.</numerusform>
            <numerusform>Too short: %n more characters needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+82"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) missing</source>
        <translation>
            <numerusform>%n thing missing</numerusform>
            <numerusform>%n things missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatChart</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/chart.py" line="+111"/>
        <source>; NGO action (star) in %n</source>
        <translation>
            <numerusform>; NGO action (star) in %n</numerusform>
            <numerusform>; NGO action (star) in %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatCountry</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/country.py" line="+622"/>
        <source>%n disagreement(s) to settle: the country is left out of the figures until then.</source>
        <translation>
            <numerusform>%n disagreement to settle: the country is left out of the figures until then.</numerusform>
            <numerusform>%n disagreements to settle: the country is left out of the figures until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{organisation}: %n revision(s), r{revision} current</source>
        <translation>
            <numerusform>{organisation}: %n revision, r{revision} current</numerusform>
            <numerusform>{organisation}: %n revisions, r{revision} current</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+243"/>
        <source>Saved {path} (it shows %n open disagreement(s))</source>
        <translation>
            <numerusform>Saved {path} (it shows %n open disagreement)</numerusform>
            <numerusform>Saved {path} (it shows %n open disagreements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatDashboard</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/dashboard.py" line="+250"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatImport</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/importing.py" line="+448"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Stopped. %n file(s): {summary}</source>
        <translation>
            <numerusform>Stopped. %n file: {summary}</numerusform>
            <numerusform>Stopped. %n files: {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done. %n file(s): {summary}</source>
        <translation>
            <numerusform>Done. %n file: {summary}</numerusform>
            <numerusform>Done. %n files: {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Among these files are %n partner key file(s) that are not trusted yet ({names}). Add each after comparing its fingerprint with the partner by phone; the cards waiting for it are then imported.</source>
        <translation>
            <numerusform>Among these files are %n partner key file that are not trusted yet ({names}). Add each after comparing its fingerprint with the partner by phone; the cards waiting for it are then imported.</numerusform>
            <numerusform>Among these files are %n partner key files that are not trusted yet ({names}). Add each after comparing its fingerprint with the partner by phone; the cards waiting for it are then imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatOverview</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/overview.py" line="+173"/>
        <source>%n countries with a resolved card in {cycle}</source>
        <translation>
            <numerusform>%n country with a resolved card in {cycle}</numerusform>
            <numerusform>%n countries with a resolved card in {cycle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatTrust</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/key_dialogs.py" line="+191"/>
        <source>%n bundle(s) signed with this key will be imported.</source>
        <translation>
            <numerusform>%n bundle signed with this key will be imported.</numerusform>
            <numerusform>%n bundles signed with this key will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="+406"/>
        <source>%n bundle(s) that were waiting:</source>
        <translation>
            <numerusform>%n bundle that were waiting:</numerusform>
            <numerusform>%n bundles that were waiting:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n waiting bundle(s) imported.</source>
        <translation>
            <numerusform>%n waiting bundle imported.</numerusform>
            <numerusform>%n waiting bundles imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/secretariat/window.py" line="+302"/>
        <source>Partners&apos; keys (%n waiting)</source>
        <translation>
            <numerusform>Partners&apos; keys (%n waiting)</numerusform>
            <numerusform>Partners&apos; keys (%n waiting)</numerusform>
        </translation>
    </message>
</context>
</TS>
