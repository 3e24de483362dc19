<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallsPage</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/editor.py" line="+434"/>
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
        <location filename="../../src/cardentry/ui/export.py" line="+166"/>
        <source>%n thing(s) still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</source>
        <translation>
            <numerusform>%n thing is still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</numerusform>
            <numerusform>%n things are still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <location filename="../../src/cardentry/ui/firstrun.py" line="+64"/>
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
        <location filename="../../src/cardentry/ui/editor.py" line="+73"/>
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
</TS>
