<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/common/appwindow.py" line="+133"/>
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+496"/>
        <source>What your organisation asks the government to do. Write each call to action on its own line (press Enter to start the next). They go into the national petition.</source>
        <translation>Ce que votre organisation demande au gouvernement. Écrivez chaque appel à l&apos;action sur sa propre ligne (Entrée pour passer au suivant). Ils alimentent la pétition nationale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Adopt a national plan of action against child trafficking with its own budget.</source>
        <translation>p. ex. Adopter un plan d&apos;action national contre la traite des enfants, doté de son propre budget.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls to action, one per line</source>
        <translation>Appels à l&apos;action, un par ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n call(s) to action (at most 50)</source>
        <translation>
            <numerusform>%n appel à l&apos;action (50 au plus)</numerusform>
            <numerusform>%n appels à l&apos;action (50 au plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location line="-435"/>
        <source>Overall summary</source>
        <translation>Synthèse générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action</source>
        <translation>Appels à l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and export</source>
        <translation>Vérifier et exporter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs fixing</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to review (copied from the previous cycle)</source>
        <translation>à revoir (repris du cycle précédent)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+671"/>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>All cards</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to your cards (Ctrl+W). Everything is saved.</source>
        <translation>Retour à vos fiches (Ctrl+W). Tout est enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the card and save it as a file for the secretariat (Ctrl+Shift+E)</source>
        <translation>Signer la fiche et l&apos;enregistrer dans un fichier pour le secrétariat (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pages of the card</source>
        <translation>Pages de la fiche</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+75"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Page précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Page suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Previous page: {title}</source>
        <translation>Page précédente : {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page: {title}</source>
        <translation>Page suivante : {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+2"/>
        <location line="+26"/>
        <source>a change to the card</source>
        <translation>une modification de la fiche</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Rating of {indicator}</source>
        <translation>Couleur attribuée à {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO action (star) of {indicator}</source>
        <translation>Action des ONG (étoile) de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment of {indicator}</source>
        <translation>Analyse de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation of {indicator}</source>
        <translation>Recommandation de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence kind of {indicator}</source>
        <translation>Type de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence title of {indicator}</source>
        <translation>Titre de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence source of {indicator}</source>
        <translation>Source de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence link of {indicator}</source>
        <translation>Lien de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence date of {indicator}</source>
        <translation>Date de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence note of {indicator}</source>
        <translation>Remarque de l’élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the evidence of {indicator}</source>
        <translation>Ordre des éléments de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence “{title}” of {indicator}</source>
        <translation>Élément de preuve « {title} » de {indicator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An evidence item of {indicator}</source>
        <translation>Un élément de preuve de {indicator}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{rating}, {status} · NGO action ★</source>
        <translation>{rating}, {status} · action des ONG ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating}, {status}</source>
        <translation>{rating}, {status}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>evidence, {field}</source>
        <translation>élément de preuve, {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>{page}: {field}</source>
        <translation>{page} : {field}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>rating</source>
        <translation>couleur attribuée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NGO action</source>
        <translation>action des ONG</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="+187"/>
        <source>Type to find a country; Enter ticks it</source>
        <translation>Tapez pour trouver un pays ; Entrée le coche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a country</source>
        <translation>Trouver un pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks the selected country</source>
        <translation>Espace coche le pays sélectionné</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/cardentry/ui/partner/home.py" line="+443"/>
        <source>No country matches “{text}”.</source>
        <translation>Aucun pays ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/cardentry/ui/common/errors.py" line="+41"/>
        <source>Something went wrong ({kind}). What you were doing may not have finished.</source>
        <translation>Une erreur est survenue ({kind}). Ce que vous faisiez n&apos;est peut-être pas terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong ({kind}). What you were doing may not have finished.

The details are in the log file:
{path}
Please send it to whoever helps you with cardentry.</source>
        <translation>Une erreur est survenue ({kind}). Ce que vous faisiez n&apos;est peut-être pas terminé.

Les détails sont dans le fichier journal :
{path}
Envoyez-le à la personne qui vous aide avec cardentry.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cardentry</source>
        <translation>cardentry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Une erreur est survenue</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (URL)</source>
        <translation>Lien (URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/partner/evidence.py" line="+61"/>
        <source>Evidence items</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add evidence</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a law, policy, report, article, interview or statistic (Ctrl+E)</source>
        <translation>Ajouter une loi, une politique, un rapport, un article, un entretien ou une statistique (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected item (Ctrl+Z brings it back)</source>
        <translation>Retirer l&apos;élément sélectionné (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Monter l&apos;élément sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Descendre l&apos;élément sélectionné (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of evidence</source>
        <translation>Type d&apos;élément de preuve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. National Plan of Action 2010-2015</source>
        <translation>p. ex. Plan d&apos;action national 2010-2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publisher, author or ministry</source>
        <translation>éditeur, auteur ou ministère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it shows, page numbers, anything the secretariat should know.</source>
        <translation>Ce qu&apos;il montre, les numéros de page, tout ce que le secrétariat doit savoir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link (URL)</source>
        <translation>&amp;Lien (URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Internal: stays on this computer</source>
        <translation>&amp;Interne : reste sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internal item is never exported, sealed or not: only you see it. For sources who could be at risk, or notes for your own team.</source>
        <translation>Un élément interne n&apos;est jamais exporté, scellé ou non : vous seul le voyez. Pour les sources qui pourraient être en danger, ou des notes pour votre propre équipe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an item to edit it, or add one. Titles are required; links and dates are checked as you type.</source>
        <translation>Sélectionnez un élément pour le modifier, ou ajoutez-en un. Le titre est obligatoire ; les liens et les dates sont vérifiés pendant la saisie.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal: stays on this computer</source>
        <translation>Interne : reste sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Needs fixing: {problems}</source>
        <translation>À corriger : {problems}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This item stays on this computer: it is never exported.</source>
        <translation>Cet élément reste sur cet ordinateur : il n&apos;est jamais exporté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is exported with the card again.</source>
        <translation>Cet élément est de nouveau exporté avec la fiche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evidence added: give it a title.</source>
        <translation>Élément ajouté : donnez-lui un titre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Élément retiré. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/export.py" line="+212"/>
        <source>Export {country} {cycle}</source>
        <translation>Exporter {country} {cycle}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export {country} {cycle} as revision {revision}</source>
        <translation>Exporter {country} {cycle} comme révision {revision}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card is signed with your key and saved as one file. You then e-mail that file to the secretariat. You can keep editing afterwards and export again: the next file is the next revision.</source>
        <translation>La fiche est signée avec votre clé et enregistrée dans un seul fichier, que vous envoyez ensuite par courriel au secrétariat. Vous pouvez continuer à la modifier et l&apos;exporter à nouveau : le fichier suivant sera la révision suivante.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you export</source>
        <translation>Avant d&apos;exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix first: {problem}</source>
        <translation>À corriger d&apos;abord : {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing: {problem}</source>
        <translation>Manquant : {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card has values that are not valid yet. Close this window, fix them (the review page lists them), then export.</source>
        <translation>La fiche contient des valeurs encore non valides. Fermez cette fenêtre, corrigez-les (la page de vérification les énumère), puis exportez.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n thing(s) still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</source>
        <translation>
            <numerusform>Il manque encore %n élément. Vous pouvez exporter quand même (par exemple pour envoyer un brouillon) ; le secrétariat verra ce qui manque.</numerusform>
            <numerusform>Il manque encore %n éléments. Vous pouvez exporter quand même (par exemple pour envoyer un brouillon) ; le secrétariat verra ce qui manque.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card is complete.</source>
        <translation>La fiche est complète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has changed since revision {revision}: this export would send the same card again as revision {next}. You can still export it, for example if the e-mail was lost; or close this window and use “Save again” on the review page.</source>
        <translation>Rien n’a changé depuis la révision {revision} : cet export enverrait à nouveau la même fiche, comme révision {next}. Vous pouvez tout de même l’exporter, par exemple si l’e-mail s’est perdu ; ou fermez cette fenêtre et utilisez « Enregistrer à nouveau » sur la page « Vérifier et exporter ».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase of your signing key</source>
        <translation>la phrase secrète de votre clé de signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the signed file is saved</source>
        <translation>Où le fichier signé est enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>P&amp;lain: anyone who sees the file or the e-mail can read it</source>
        <translation>Non sce&amp;llé : quiconque voit le fichier ou le courriel peut le lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Only {secretariat} can read this file (sealed)</source>
        <translation>S&amp;eul {secretariat} peut lire ce fichier (scellé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sealed: anyone who sees the file or the e-mail can read the card. To seal it so that only the secretariat can read it, accept the secretariat&apos;s network key (File, Network key).</source>
        <translation>Non scellé : quiconque voit le fichier ou le courriel peut lire la fiche. Pour la sceller afin que seul le secrétariat puisse la lire, acceptez la clé du réseau du secrétariat (Fichier, Clé du réseau).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n internal evidence item(s) stay on this computer.</source>
        <translation>
            <numerusform>%n élément de preuve interne reste sur cet ordinateur.</numerusform>
            <numerusform>%n éléments de preuve internes restent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The internal notes of %n indicator(s) stay on this computer.</source>
        <translation>
            <numerusform>Les notes internes de %n indicateur restent sur cet ordinateur.</numerusform>
            <numerusform>Les notes internes de %n indicateurs restent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File name: {file}</source>
        <translation>Nom du fichier : {file}</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Signing</source>
        <translation>Signature en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking your key and signing the card…</source>
        <translation>Déverrouillage de votre clé et signature de la fiche…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sign and save</source>
        <translation>&amp;Signer et enregistrer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is saved:</source>
        <translation>Le fichier est enregistré :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now e-mail it to the secretariat, with the file attached. Ready to copy:</source>
        <translation>Envoyez-le maintenant au secrétariat par courriel, en pièce jointe. Texte prêt à copier :</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>E-mail to send with the card</source>
        <translation>Courriel à envoyer avec la fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the &amp;subject</source>
        <translation>Copier l&apos;&amp;objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;text</source>
        <translation>Copier le &amp;texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject copied: paste it into your e-mail.</source>
        <translation>Objet copié : collez-le dans votre e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text copied: paste it into your e-mail.</source>
        <translation>Texte copié : collez-le dans votre e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>E-mail for revision {revision}</source>
        <translation>E-mail de la révision {revision}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail the file {file} to the secretariat, with this text:</source>
        <translation>Envoyez le fichier {file} au secrétariat par e-mail, avec ce texte :</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Folder for the exported card</source>
        <translation>Dossier de la fiche exportée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>Saisissez la phrase secrète de votre clé de signature.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open your key. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas votre clé. Réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card cannot be exported: {problems}</source>
        <translation>La fiche ne peut pas être exportée : {problems}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the file: {reason}. Choose another folder.</source>
        <translation>Impossible d&apos;écrire le fichier : {reason}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revision {revision} is signed and saved</source>
        <translation>La révision {revision} est signée et enregistrée</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
</context>
<context>
    <name>ExportEmail</name>
    <message>
        <location line="-67"/>
        <source>Country progress card: {country} {cycle}, revision {revision} ({organisation})</source>
        <translation>Fiche de progrès par pays : {country} {cycle}, révision {revision} ({organisation})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dear colleagues at the secretariat,

Please find attached the country progress card of {organisation} for {country}, cycle {cycle}, revision {revision} (file {file}).

It is signed with our key {fingerprint}.

Best regards,
{organisation}</source>
        <translation>Chères et chers collègues du secrétariat,

Veuillez trouver ci-joint la fiche de progrès par pays de {organisation} pour {country}, cycle {cycle}, révision {revision} (fichier {file}).

Elle est signée avec notre clé {fingerprint}.

Bien cordialement,
{organisation}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dear colleagues at the secretariat,

Please find attached the country progress card of {organisation} for {country}, cycle {cycle}, revision {revision} (file {file}).

Best regards,
{organisation}</source>
        <translation>Chères et chers collègues du secrétariat,

Veuillez trouver ci-joint la fiche de progrès par pays de {organisation} pour {country}, cycle {cycle}, révision {revision} (fichier {file}).

Bien cordialement,
{organisation}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/cardentry/ui/common/feedback.py" line="+10"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{status} by {secretariat}</source>
        <translation>{status} par {secretariat}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, 1 comment</source>
        <translation>, 1 commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {count} comments</source>
        <translation>, {count} commentaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} to {organisation} (r{revision})</source>
        <translation>{status} à {organisation} (r{revision})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not signed by your secretariat&apos;s network key</source>
        <translation>il n&apos;est pas signé par la clé de réseau de votre secrétariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was changed after the secretariat signed it</source>
        <translation>il a été modifié après sa signature par le secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a valid feedback</source>
        <translation>ce n&apos;est pas un retour valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it answers a card that is not one of yours</source>
        <translation>il répond à une fiche qui n&apos;est pas l&apos;une des vôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it answers a revision you never exported</source>
        <translation>il répond à une révision que vous n&apos;avez jamais exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is sealed to another key than yours</source>
        <translation>il est scellé pour une autre clé que la vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not open: damaged on its way</source>
        <translation>il ne s&apos;ouvre pas : endommagé en route</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: imported</source>
        <translation>{file} : importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: already imported</source>
        <translation>{file} : déjà importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not imported, {reason}</source>
        <translation>{file} : non importé, {reason}</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/partner/window.py" line="+707"/>
        <location line="+18"/>
        <source>Sealed feedback</source>
        <translation>Retour scellé</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The feedback is sealed to you. Your passphrase opens it:</source>
        <translation>Le retour est scellé pour vous. Votre phrase secrète l&apos;ouvre :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file}: cannot be read</source>
        <translation>{file} : illisible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback from the secretariat</source>
        <translation>Retour du secrétariat</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="+519"/>
        <location filename="../../src/cardentry/ui/partner/window.py" line="-135"/>
        <source>Where to save the key backup (a USB stick)</source>
        <translation>Où enregistrer la sauvegarde de la clé (une clé USB)</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Welcome to cardentry</source>
        <translation>Bienvenue dans cardentry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in country progress cards on this computer, even offline, and send them signed.</source>
        <translation>Remplissez les fiches de progrès par pays sur cet ordinateur, même hors ligne, et envoyez-les signées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who will use this computer&apos;s cardentry?</source>
        <translation>Qui utilisera cardentry sur cet ordinateur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;A partner organisation: we fill in the card for our country</source>
        <translation>&amp;Une organisation partenaire : nous remplissons la fiche de notre pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s &amp;secretariat: we receive and merge the cards</source>
        <translation>Le &amp;secrétariat du réseau : nous recevons et fusionnons les fiches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most people choose this.</source>
        <translation>C&apos;est le choix de la plupart des utilisateurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your work stays on this computer. Nothing is sent anywhere until you export a card and e-mail it.</source>
        <translation>Votre travail reste sur cet ordinateur. Rien n&apos;est envoyé nulle part tant que vous n&apos;exportez pas une fiche pour l&apos;envoyer par courriel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+41"/>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>This is written into every card you send, so the secretariat knows who it is from.</source>
        <translation>Ce nom figure sur chaque fiche que vous envoyez, pour que le secrétariat sache de qui elle vient.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>e.g. ECPAT Foundation Thailand</source>
        <translation>p. ex. ECPAT Foundation Thailand</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>optional: where the secretariat can reach you</source>
        <translation>facultatif : où le secrétariat peut vous joindre</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries you cover</source>
        <translation>Pays couverts par votre organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The secretariat</source>
        <translation>Le secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s name is shown on the reports and country cards you publish. You can still go back and choose the partner role.</source>
        <translation>Le nom du réseau figure sur les rapports et les fiches pays que vous publiez. Vous pouvez encore revenir en arrière et choisir le rôle de partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. ECPAT International</source>
        <translation>par ex. ECPAT International</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where partners can reach you</source>
        <translation>facultatif : où les partenaires peuvent vous joindre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen: {countries}</source>
        <translation>Choisis : {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the country or countries your organisation covers (Space ticks the selected one).</source>
        <translation>Cochez le ou les pays couverts par votre organisation (la barre d&apos;espace coche le pays sélectionné).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It protects the key that signs your cards. You type it each time you export a card.</source>
        <translation>Elle protège la clé qui signe vos fiches. Vous la saisissez à chaque exportation d&apos;une fiche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>A&amp;fficher ce que je tape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can recover a forgotten passphrase, not even the secretariat: write it down and keep it apart from this laptop. Without it you can still edit your cards, but not send them.</source>
        <translation>Personne ne peut retrouver une phrase secrète oubliée, pas même le secrétariat : notez-la et conservez-la à l&apos;écart de cet ordinateur. Sans elle, vous pourrez encore modifier vos fiches, mais plus les envoyer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating your signing key</source>
        <translation>Création de votre clé de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your signing key…</source>
        <translation>Création de votre clé de signature…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Send your public key to the secretariat</source>
        <translation>Envoyez votre clé publique au secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do this once. The secretariat needs it to know that the cards you send really come from you.</source>
        <translation>À faire une seule fois. Le secrétariat en a besoin pour s&apos;assurer que les fiches que vous envoyez viennent bien de vous.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back up your key</source>
        <translation>Sauvegardez votre clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this laptop is lost or breaks, the backup lets you keep sending cards with the same key.</source>
        <translation>Si cet ordinateur est perdu ou tombe en panne, la sauvegarde vous permet de continuer à envoyer des fiches avec la même clé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy of your key on a USB stick and keep it somewhere safe, apart from this laptop. The copy is still protected by your passphrase. Then back up the backup: a second copy in another place (a colleague&apos;s safe, your office).</source>
        <translation>Enregistrez une copie de votre clé sur une clé USB et gardez-la en lieu sûr, à l&apos;écart de cet ordinateur. La copie reste protégée par votre phrase secrète. Puis sauvegardez la sauvegarde : une deuxième copie dans un autre lieu (le coffre d&apos;un collègue, votre bureau).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a &amp;backup of the key…</source>
        <translation>Faire une &amp;sauvegarde de la clé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can do this later from the home screen (“Back up the key…”). Without a backup, a lost key means the secretariat has to register a new key for you.</source>
        <translation>Vous pourrez le faire plus tard depuis l&apos;écran d&apos;accueil (« Sauvegarder la clé… »). Sans sauvegarde, si la clé est perdue, le secrétariat devra enregistrer une nouvelle clé pour vous.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The secretariat&apos;s network key</source>
        <translation>La clé du réseau du secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With it, only the secretariat can read the cards you send. You can also do this later (File, Network key).</source>
        <translation>Avec elle, seul le secrétariat peut lire les fiches que vous envoyez. Vous pouvez aussi le faire plus tard (Fichier, Clé du réseau).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cardentry: first start</source>
        <translation>cardentry : premier démarrage</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="+272"/>
        <source>History: {field}</source>
        <translation>Historique : {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every saved value of “{field}”, newest first. Undo (Ctrl+Z) goes back one step.</source>
        <translation>Toutes les valeurs enregistrées de « {field} », de la plus récente à la plus ancienne. Annuler (Ctrl+Z) revient d&apos;une étape en arrière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved values</source>
        <translation>Valeurs enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No saved changes yet.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/home.py" line="-287"/>
        <location filename="../../src/cardentry/ui/partner/window.py" line="-489"/>
        <source>No signing key in this profile.</source>
        <translation>Ce profil n&apos;a pas de clé de signature.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Draft, never exported</source>
        <translation>Brouillon, jamais exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since r{revision} was exported</source>
        <translation>Modifiée depuis l&apos;exportation de r{revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported as r{revision}</source>
        <translation>Exportée en r{revision}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your country progress cards</source>
        <translation>Vos fiches de progrès par pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation}   (demo profile: try anything, it is not your real work)</source>
        <translation>{organisation}   (profil de démonstration : essayez tout, ce n&apos;est pas votre vrai travail)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your cards</source>
        <translation>Vos fiches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cards yet. Press “New card” to start your first one: choose the country and the cycle, then the editor guides you through the twelve indicators.</source>
        <translation>Aucune fiche pour l&apos;instant. Appuyez sur « Nouvelle fiche » pour commencer la première : choisissez le pays et le cycle, puis l&apos;éditeur vous guide à travers les douze indicateurs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected card (Enter)</source>
        <translation>Ouvrir la fiche sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New card…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a card for a country and cycle (Ctrl+N)</source>
        <translation>Commencer une fiche pour un pays et un cycle (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from this card for a new &amp;cycle…</source>
        <translation>Partir de cette fiche pour un nouveau &amp;cycle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new card for the next cycle with this card&apos;s ratings and evidence copied in as a starting point; each indicator stays marked “to review” until you change it.</source>
        <translation>Une nouvelle fiche pour le cycle suivant, qui reprend les couleurs et les éléments de preuve de celle-ci comme point de départ ; chaque indicateur reste marqué « à revoir » tant que vous ne l&apos;avez pas modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint of your signing key</source>
        <translation>Empreinte de votre clé de signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every card you export is signed with this key, so the secretariat knows it comes from you. They compare this fingerprint with you by phone once.</source>
        <translation>Chaque fiche exportée est signée avec cette clé, pour que le secrétariat sache qu&apos;elle vient de vous. Il vérifie une fois cette empreinte avec vous par téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the public key…</source>
        <translation>Envoyer la clé publique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the key…</source>
        <translation>Sauvegarder la clé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Not backed up yet: if this laptop is lost, so is your key. Save a copy on a USB stick.</source>
        <translation>⚠ Pas encore sauvegardée : si cet ordinateur est perdu, votre clé l&apos;est aussi. Enregistrez-en une copie sur une clé USB.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Make a card for your country and this cycle.
2. Rate the twelve indicators, with your assessment and evidence.
3. Write the summary, ranking and calls to action.
4. Export it and e-mail the file to the secretariat.

Everything is saved as you type, on this computer only.</source>
        <translation>1. Créez une fiche pour votre pays et ce cycle.
2. Évaluez les douze indicateurs, avec votre analyse et vos éléments de preuve.
3. Rédigez la synthèse, le classement et les appels à l&apos;action.
4. Exportez-la et envoyez le fichier au secrétariat par courriel.

Tout est enregistré pendant la saisie, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cycle {cycle}</source>
        <translation>Cycle {cycle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} sur {total} évalués</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-990"/>
        <source>Copied from the previous cycle&apos;s card as a starting point: check each answer; the first change you make marks this indicator as reviewed.</source>
        <translation>Repris de la fiche du cycle précédent comme point de départ : vérifiez chaque réponse ; votre première modification marque cet indicateur comme revu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the state is asked to do</source>
        <translation>Ce qui est attendu de l&apos;État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to decide</source>
        <translation>Comment choisir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colour that best describes the state&apos;s action, using the guidance beside each one. Keys: 1 green, 2 yellow, 3 red, 0 not assessed (Ctrl+1, 2, 3, 0 while typing).</source>
        <translation>Choisissez la couleur qui décrit le mieux l&apos;action de l&apos;État, à l&apos;aide des orientations en regard de chacune. Touches : 1 vert, 2 jaune, 3 rouge, 0 non évalué (Ctrl+1, 2, 3, 0 pendant la saisie).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The secretariat&apos;s comment</source>
        <translation>Le commentaire du secrétariat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NGO action: NGOs undertake work on this indicator (the star)</source>
        <translation>Action des ONG : des ONG mènent un travail sur cet indicateur (l&apos;étoile)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+920"/>
        <source>Your assessment</source>
        <translation>Votre analyse</translation>
    </message>
    <message>
        <location line="-926"/>
        <source>What has the state done, and what is missing? Your text is saved as you type.</source>
        <translation>Qu&apos;a fait l&apos;État, et que manque-t-il ? Votre texte est enregistré pendant la saisie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+906"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="-909"/>
        <source>What should the state do next on this indicator?</source>
        <translation>Que devrait faire l&apos;État maintenant sur cet indicateur ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stays on this computer: never exported, sealed or not. For your own team only.</source>
        <translation>Reste sur cet ordinateur : jamais exporté, scellé ou non. Pour votre équipe uniquement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts, sources to protect, what to check next…</source>
        <translation>Contacts, sources à protéger, ce qu&apos;il faut vérifier ensuite…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+889"/>
        <source>Internal notes (stay on this computer)</source>
        <translation>Notes internes (restent sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="-878"/>
        <source>Goal {number}: {title}</source>
        <translation>Objectif {number} : {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Useful evidence: {hint}</source>
        <translation>Éléments utiles : {hint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous cycle ({cycle}): {rating}</source>
        <translation>Cycle précédent ({cycle}) : {rating}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{status} by {secretariat} (revision {revision})</source>
        <translation>{status} par {secretariat} (révision {revision})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published rating: {published} · yours: {own}</source>
        <translation>Note publiée : {published} · la vôtre : {own}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rated: {rating}.</source>
        <translation>Couleur : {rating}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/window.py" line="+7"/>
        <source>cardentry: {what}</source>
        <translation>cardentry : {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New card…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export the card…</source>
        <translation>&amp;Exporter la fiche…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to all cards</source>
        <translation>&amp;Retour à toutes les fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the &amp;public key…</source>
        <translation>Envoyer la clé &amp;publique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the &amp;key…</source>
        <translation>&amp;Sauvegarder la clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net&amp;work key…</source>
        <translation>Clé du &amp;réseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History of this field…</source>
        <translation>&amp;Historique de ce champ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;evidence</source>
        <translation>Ajouter un élément de &amp;preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate this indicator</source>
        <translation>Attri&amp;buer une couleur à cet indicateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Green: significant action</source>
        <translation>&amp;Vert : action significative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yellow: partial action</source>
        <translation>&amp;Jaune : action partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red: inadequate action</source>
        <translation>&amp;Rouge : action insuffisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not assessed</source>
        <translation>&amp;Non évalué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and export</source>
        <translation>&amp;Vérifier et exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages list / page</source>
        <translation>Liste des pages / page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidance language</source>
        <translation>&amp;Langue des orientations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About cardentry</source>
        <translation>À &amp;propos de cardentry</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The card could not be created</source>
        <translation>La fiche n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+35"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved yet: retrying</source>
        <translation>Pas encore enregistré : nouvel essai en cours</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {field}</source>
        <translation>Annulé : {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {field}</source>
        <translation>Rétabli : {field}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click into a field first, then ask for its history.</source>
        <translation>Cliquez d&apos;abord dans un champ, puis demandez son historique.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported revision {revision}: {path}</source>
        <translation>Révision {revision} exportée : {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>None yet. Each export is kept here, read-only, and can be saved again.</source>
        <translation>Aucune pour l&apos;instant. Chaque exportation est conservée ici, en lecture seule, et peut être enregistrée à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported revisions</source>
        <translation>Révisions exportées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save again…</source>
        <translation>Enregistrer à nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Save revision {revision} again</source>
        <translation>Enregistrer à nouveau la révision {revision}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Write this revision again, byte for byte the same file</source>
        <translation>Réécrire cette révision : exactement le même fichier, octet pour octet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail text…</source>
        <translation>Texte de l’e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail text of revision {revision}</source>
        <translation>Texte de l’e-mail de la révision {revision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show again the e-mail to send with this file</source>
        <translation>Afficher à nouveau l’e-mail à envoyer avec ce fichier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not save the file</source>
        <translation>Impossible d&apos;enregistrer le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved revision {revision} again: {path}</source>
        <translation>Révision {revision} enregistrée à nouveau : {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No signing key</source>
        <translation>Pas de clé de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile has no signing key. Restore your backup with &apos;cardentry key restore&apos;.</source>
        <translation>Ce profil n&apos;a pas de clé de signature. Restaurez votre sauvegarde avec « cardentry key restore ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send your public key</source>
        <translation>Envoyer votre clé publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your public key to the secretariat</source>
        <translation>Envoyez votre clé publique au secrétariat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not back up the key</source>
        <translation>Impossible de sauvegarder la clé</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Key backed up</source>
        <translation>Clé sauvegardée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {path}.

Keep it apart from this laptop, and make a second copy somewhere else. It is still protected by your passphrase.</source>
        <translation>Enregistrée dans {path}.

Conservez-la à l&apos;écart de cet ordinateur et faites-en une deuxième copie ailleurs. Elle reste protégée par votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About cardentry</source>
        <translation>À propos de cardentry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cardentry {version}

Country progress cards on what governments do against child sex trafficking. Everything you type stays on this computer until you export a card.

Profile folder: {folder}</source>
        <translation>cardentry {version}

Fiches de progrès par pays sur l&apos;action des gouvernements contre la traite des enfants à des fins sexuelles. Tout ce que vous saisissez reste sur cet ordinateur jusqu&apos;à ce que vous exportiez une fiche.

Dossier du profil : {folder}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Some changes are not saved</source>
        <translation>Certaines modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Close anyway? The unsaved changes will be lost.</source>
        <translation>{problem}

Fermer quand même ? Les modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk refused the last changes.</source>
        <translation>Le disque a refusé les dernières modifications.</translation>
    </message>
</context>
<context>
    <name>NetworkKey</name>
    <message>
        <location filename="../../src/cardentry/ui/common/network_key.py" line="+51"/>
        <source>With the secretariat&apos;s network key, every card you export is sealed: only the secretariat can read it, even if someone else sees the e-mail. The secretariat sends you its network key file (.cpcnet.json) once.</source>
        <translation>Avec la clé du réseau du secrétariat, chaque fiche que vous exportez est scellée : seul le secrétariat peut la lire, même si quelqu&apos;un d&apos;autre voit le courriel. Le secrétariat vous envoie une fois son fichier de clé du réseau (.cpcnet.json).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose the network key file…</source>
        <translation>&amp;Choisir le fichier de clé du réseau…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secretariat read me the &amp;same fingerprint on the phone</source>
        <translation>Le secrétariat m&apos;a lu la &amp;même empreinte au téléphone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept this key</source>
        <translation>&amp;Accepter cette clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secretariat&apos;s network key file</source>
        <translation>Le fichier de clé du réseau du secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network key files (*.cpcnet.json);;All files (*)</source>
        <translation>Fichiers de clé du réseau (*.cpcnet.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No network key is accepted yet: your exports are not sealed.</source>
        <translation>Aucune clé du réseau n&apos;est encore acceptée : vos exports ne sont pas scellés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted: {secretariat}, fingerprint {fingerprint}. Your exports are sealed.</source>
        <translation>Acceptée : {secretariat}, empreinte {fingerprint}. Vos exports sont scellés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a valid network key file: {reason}</source>
        <translation>Ce n&apos;est pas un fichier de clé du réseau valide : {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Empreinte {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the secretariat on a number you already know (not one from the e-mail) and ask them to read their fingerprint. Accept only if it is exactly the one above.</source>
        <translation>Appelez le secrétariat à un numéro que vous connaissez déjà (pas un numéro tiré du courriel) et demandez-lui de lire son empreinte. N&apos;acceptez que si c&apos;est exactement celle ci-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Careful: this is another key than the one you accepted. Accept it only if the secretariat told you it changed, and read you exactly the fingerprint above.</source>
        <translation>Attention : c&apos;est une autre clé que celle que vous avez acceptée. Ne l&apos;acceptez que si le secrétariat vous a dit qu&apos;elle a changé et vous a lu exactement l&apos;empreinte ci-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the secretariat&apos;s new sealing key, signed by the key you accepted: no phone check is needed.</source>
        <translation>C&apos;est la nouvelle clé de scellement du secrétariat, signée par la clé que vous avez acceptée : aucune vérification par téléphone n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This network key is already accepted.</source>
        <translation>Cette clé du réseau est déjà acceptée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is older than the network key you accepted; it cannot replace it.</source>
        <translation>Ce fichier est plus ancien que la clé du réseau que vous avez acceptée ; il ne peut pas la remplacer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Accepted. Your exports are now sealed: only {secretariat} can read them.</source>
        <translation>Acceptée. Vos exports sont désormais scellés : seul {secretariat} peut les lire.</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/partner/network.py" line="+21"/>
        <location line="+2"/>
        <source>The secretariat&apos;s network key</source>
        <translation>La clé du réseau du secrétariat</translation>
    </message>
</context>
<context>
    <name>NetworkKeys</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/network.py" line="+38"/>
        <location line="+2"/>
        <location line="+56"/>
        <location line="+6"/>
        <source>Network keys</source>
        <translation>Clés du réseau</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Partners seal their cards to this secretariat&apos;s network key, so that nobody else can read them on their way. Make the keys once, save the network key file and send it to every partner; they compare its fingerprint with you by phone.</source>
        <translation>Les partenaires scellent leurs fiches avec la clé du réseau de ce secrétariat, pour que personne d&apos;autre ne puisse les lire en chemin. Créez les clés une fois, enregistrez le fichier de clé du réseau et envoyez-le à chaque partenaire ; ils comparent son empreinte avec vous par téléphone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Make the network keys…</source>
        <translation>&amp;Créer les clés du réseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the network key file…</source>
        <translation>&amp;Enregistrer le fichier de clé du réseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the network keys…</source>
        <translation>Sauve&amp;garder les clés du réseau…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept &amp;sealed files only (plain bundles are rejected as not sealed)</source>
        <translation>N&apos;accepter que les fichiers &amp;scellés (les paquets non scellés sont refusés)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new passphrase for the network keys (at least 8 characters):</source>
        <translation>Une nouvelle phrase secrète pour les clés du réseau (au moins 8 caractères) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the network keys:</source>
        <translation>Phrase secrète des clés du réseau :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, une seconde fois :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the network key file</source>
        <translation>Enregistrer le fichier de clé du réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network key files (*.cpcnet.json)</source>
        <translation>Fichiers de clé du réseau (*.cpcnet.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where to save the backup (a USB stick)</source>
        <translation>Où enregistrer la sauvegarde (une clé USB)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No network keys yet: partners cannot seal their cards for you.</source>
        <translation>Pas encore de clés du réseau : les partenaires ne peuvent pas sceller leurs fiches pour vous.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Signing fingerprint (partners compare it by phone); sealing key {sealing}, %n retired key(s) kept to open older files:</source>
        <translation>
            <numerusform>Empreinte de signature (les partenaires la comparent par téléphone) ; clé de scellement {sealing}, %n clé retirée conservée pour ouvrir les fichiers plus anciens :</numerusform>
            <numerusform>Empreinte de signature (les partenaires la comparent par téléphone) ; clé de scellement {sealing}, %n clés retirées conservées pour ouvrir les fichiers plus anciens :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the network keys now, onto a USB stick kept apart from this computer. If the sealing key is lost, no sealed card can ever be read again, by anyone.</source>
        <translation>Sauvegardez les clés du réseau maintenant, sur une clé USB conservée loin de cet ordinateur. Si la clé de scellement est perdue, plus aucune fiche scellée ne pourra jamais être lue, par personne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase does not open the network keys.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas les clés du réseau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The network keys are made.</source>
        <translation>Les clés du réseau sont créées.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved: {path}. Send it to every partner; they compare the fingerprint by phone.</source>
        <translation>Enregistré : {path}. Envoyez-le à chaque partenaire ; ils comparent l&apos;empreinte par téléphone.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backed up: {path}</source>
        <translation>Sauvegardé : {path}</translation>
    </message>
</context>
<context>
    <name>NewCard</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/home.py" line="+96"/>
        <source>New card</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new card</source>
        <translation>Commencer une nouvelle fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A card covers one country for one assessment cycle. You can change everything later except these two.</source>
        <translation>Une fiche porte sur un pays pour un cycle d&apos;évaluation. Vous pourrez tout modifier plus tard, sauf ces deux choix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type part of a country&apos;s name, then choose it from the list</source>
        <translation>Tapez une partie du nom du pays, puis choisissez-le dans la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a year (2012) or a range (2010-2011)</source>
        <translation>une année (2012) ou une période (2010-2011)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycle</source>
        <translation>&amp;Cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from</source>
        <translation>Point de &amp;départ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create the card</source>
        <translation>Créer la fiche</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An empty card</source>
        <translation>Une fiche vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {cycle} card as the secretariat published it</source>
        <translation>La fiche {cycle} telle que le secrétariat l&apos;a publiée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {cycle} card ({rated} of {total} rated)</source>
        <translation>La fiche {cycle} ({rated} sur {total} évalués)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>type the cycle</source>
        <translation>saisissez le cycle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a year (2012) or a range of years (2010-2011), the second year after the first</source>
        <translation>doit être une année (2012) ou une période (2010-2011), la seconde année après la première</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you already have a card for {country} {cycle}: open it from the list</source>
        <translation>vous avez déjà une fiche pour {country} {cycle} : ouvrez-la depuis la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ratings and ranking the secretariat published are copied in, with your texts and evidence. Each indicator stays marked “to review” until you change something in it.</source>
        <translation>Les notes et le classement publiés par le secrétariat sont repris, avec vos textes et vos preuves. Chaque indicateur reste marqué « à revoir » jusqu&apos;à ce que vous y changiez quelque chose.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ratings, texts and evidence are copied in as a starting point. Each indicator stays marked “to review” until you change something in it.</source>
        <translation>Les couleurs, les textes et les éléments de preuve sont repris comme point de départ. Chaque indicateur reste marqué « à revoir » tant que vous n&apos;y avez rien modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All twelve indicators start unrated.</source>
        <translation>Les douze indicateurs commencent sans couleur.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../src/cardentry/ui/common/i18n.py" line="+206"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{change} pts</source>
        <translation>{change}&#xa0;pts</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/cardentry/ui/common/opening.py" line="+29"/>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file} : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is sealed: only the secretariat holding the key {recipient} can open it and check the card inside. Send it as it is.</source>
        <translation>{file} est scellé : seul le secrétariat qui détient la clé {recipient} peut l&apos;ouvrir et vérifier la fiche qu&apos;il contient. Envoyez-le tel quel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a valid bundle ({reason}): {detail}</source>
        <translation>{file} n&apos;est pas un paquet valide ({reason}) : {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is intact: signed by {organisation} (key {fingerprint}) for {country}, cycle {cycle}, revision {revision}, exported {exported_at}.</source>
        <translation>{file} est intact : signé par {organisation} (clé {fingerprint}) pour {country}, cycle {cycle}, révision {revision}, exporté le {exported_at}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle check</source>
        <translation>Vérification du paquet</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="-520"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>Au moins 8 caractères. Une courte phrase dont vous vous souviendrez fait très bien l&apos;affaire.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Trop courte : il faut encore %n caractère.</numerusform>
            <numerusform>Trop courte : il faut encore %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too easy to guess. Try a short sentence of four or five words.</source>
        <translation>Trop facile à deviner. Essayez une courte phrase de quatre ou cinq mots.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strong. Write it down and keep it somewhere safe, away from the laptop.</source>
        <translation>Solide. Notez-la et gardez-la en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. A few more words would make it stronger.</source>
        <translation>Bonne. Quelques mots de plus la rendraient plus solide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair. Longer is safer: add a word or two.</source>
        <translation>Moyenne. Plus elle est longue, plus elle est sûre : ajoutez un mot ou deux.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/cardentry/ui/common/messages.py" line="+26"/>
        <source>a title is needed (what the document or source is called)</source>
        <translation>un titre est nécessaire (le nom du document ou de la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a kind</source>
        <translation>choisissez un type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid</source>
        <translation>n’est pas valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must start with http:// or https://</source>
        <translation>doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not contain spaces (write %20 for a space)</source>
        <translation>ne doit pas contenir d’espace (écrivez %20 à la place d’une espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>doit être une date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a UUID in lowercase canonical form</source>
        <translation>doit être un UUID en minuscules, sous sa forme canonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a UTC time as YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>doit être une heure UTC sous la forme AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a year (2012) or a year range (2010-2011)</source>
        <translation>doit être une année (2012) ou une période de deux années (2010-2011)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second year of a cycle must be after the first</source>
        <translation>la seconde année d’un cycle doit suivre la première</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an assigned ISO 3166-1 alpha-3 code in upper case, e.g. THA</source>
        <translation>doit être un code ISO 3166-1 alpha-3 attribué, en majuscules, par exemple THA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid string</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a public key file (far too large)</source>
        <translation>ce n’est pas un fichier de clé publique (bien trop volumineux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the public key is not 32 bytes of standard base64</source>
        <translation>la clé publique n’est pas faite de 32 octets en base64 standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key_id does not match the public key</source>
        <translation>le key_id ne correspond pas à la clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give at least one country, or none at all for any country</source>
        <translation>indiquez au moins un pays, ou aucun pour tout pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a real date</source>
        <translation>{value} n’est pas une date qui existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than {count} characters</source>
        <translation>dépasse {count} caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains the control character U+{code}; remove it</source>
        <translation>contient le caractère de contrôle U+{code} ; supprimez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains an invalid character (U+{code})</source>
        <translation>contient un caractère non valide (U+{code})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a public key file (not JSON: {reason})</source>
        <translation>ce n’est pas un fichier de clé publique (pas du JSON : {reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a public key file (format must be {format})</source>
        <translation>ce n’est pas un fichier de clé publique (le format doit être {format})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key {fingerprint} ({organisation}) was revoked on {date}; it cannot be trusted again. Ask the partner for a new key.</source>
        <translation>la clé {fingerprint} ({organisation}) a été révoquée le {date} ; on ne peut plus lui faire confiance. Demandez une nouvelle clé au partenaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{code} is not an ISO 3166-1 alpha-3 country code</source>
        <translation>{code} n’est pas un code de pays ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>la remarque</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>write the date as year-month-day: {iso} for {date}</source>
        <translation>écrivez la date sous la forme année-mois-jour : {iso} pour le {date}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/cardentry/ui/launcher.py" line="+56"/>
        <source>The profile&apos;s database is damaged</source>
        <translation>La base de données du profil est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Set the damaged file aside (it is kept, never deleted) and restore the newest backup?</source>
        <translation>{problem}

Mettre le fichier endommagé de côté (il est conservé, jamais supprimé) et restaurer la sauvegarde la plus récente ?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backup to restore</source>
        <translation>Aucune sauvegarde à restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No healthy backup was found. The damaged file was kept as {file}; a specialist may be able to rescue it.</source>
        <translation>Aucune sauvegarde intacte n&apos;a été trouvée. Le fichier endommagé a été conservé sous {file} ; un spécialiste pourra peut-être le récupérer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup made {when} UTC. The damaged file was kept as {file}.</source>
        <translation>La sauvegarde du {when} UTC a été restaurée. Le fichier endommagé a été conservé sous {file}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cardentry cannot open the profile</source>
        <translation>cardentry ne peut pas ouvrir le profil</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="+280"/>
        <source>Your key&apos;s fingerprint:</source>
        <translation>Empreinte de votre clé :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Save the public key file (it holds no secret).
2. E-mail it to the secretariat with the text below.
3. When they call you, read them the fingerprint above to confirm it.</source>
        <translation>1. Enregistrez le fichier de clé publique (il ne contient aucun secret).
2. Envoyez-le au secrétariat par courriel avec le texte ci-dessous.
3. Quand le secrétariat vous appelle, lisez-lui l&apos;empreinte ci-dessus pour la confirmer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save the public key file…</source>
        <translation>&amp;Enregistrer le fichier de clé publique…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail to send with the public key</source>
        <translation>Courriel à envoyer avec la clé publique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the e-mail text</source>
        <translation>&amp;Copier le texte du courriel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the attached .cpckey.json file</source>
        <translation>le fichier .cpckey.json ci-joint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the public key file</source>
        <translation>Enregistrer le fichier de clé publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key (*.cpckey.json)</source>
        <translation>Clé publique (*.cpckey.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+86"/>
        <source>Could not save it: {reason}</source>
        <translation>Impossible de l&apos;enregistrer : {reason}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>PublicKeyEmail</name>
    <message>
        <location line="-444"/>
        <source>Public key of {organisation} for country progress cards</source>
        <translation>Clé publique de {organisation} pour les fiches de progrès par pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>our country</source>
        <translation>notre pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear colleagues at the secretariat,

Please find attached the public key of {organisation} ({file}). We will sign the country progress cards we send you for {countries} with it.

Its fingerprint is: {fingerprint}

Please call us to compare the fingerprint before you trust the key.

Best regards,
{organisation}</source>
        <translation>Chères et chers collègues du secrétariat,

Veuillez trouver ci-joint la clé publique de {organisation} ({file}). Nous signerons avec elle les fiches de progrès par pays que nous vous enverrons pour {countries}.

Son empreinte est : {fingerprint}

Merci de nous appeler pour comparer l&apos;empreinte avant d&apos;accorder votre confiance à la clé.

Bien cordialement,
{organisation}</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+69"/>
        <source>Taking all twelve indicators together, where does the state stand? The secretariat uses this ranking to compare countries.</source>
        <translation>Au vu de l&apos;ensemble des douze indicateurs, où en est l&apos;État ? Le secrétariat utilise ce classement pour comparer les pays.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clear the ranking</source>
        <translation>Effacer le classement</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="-499"/>
        <source>Green: significant action</source>
        <translation>Vert : action significative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow: partial action</source>
        <translation>Jaune : action partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red: inadequate action</source>
        <translation>Rouge : action insuffisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>{rating}. Shortcut: {key} (Ctrl+{key} while typing in a text box)</source>
        <translation>{rating}. Raccourci : {key} (Ctrl+{key} pendant la saisie dans une zone de texte)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave it open while you are still researching. Every indicator needs a rating before the card is final.</source>
        <translation>Laissez ce choix ouvert tant que vos recherches sont en cours. Chaque indicateur doit recevoir une couleur avant que la fiche soit définitive.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/cardentry/ui/common/messages.py" line="-95"/>
        <source>{title}: not rated yet</source>
        <translation>{title} : pas encore de couleur attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: no assessment written yet</source>
        <translation>{title} : pas encore d’analyse rédigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: the assessment {problem}</source>
        <translation>{title} : l’analyse {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: the recommendation {problem}</source>
        <translation>{title} : la recommandation {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence “{name}”: {member} {problem}</source>
        <translation>{title}, élément de preuve « {name} » : {member} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence item {number}: {member} {problem}</source>
        <translation>{title}, élément de preuve {number} : {member} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence “{name}”: {problem}</source>
        <translation>{title}, élément de preuve « {name} » : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence item {number}: {problem}</source>
        <translation>{title}, élément de preuve {number} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall summary: not written yet</source>
        <translation>Synthèse générale : pas encore rédigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall summary {problem}</source>
        <translation>La synthèse générale {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking: not chosen yet</source>
        <translation>Classement : pas encore choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: none written yet</source>
        <translation>Appels à l’action : aucun rédigé pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: at most {limit} calls to action (there are {count})</source>
        <translation>Appels à l’action : {limit} appels à l’action au plus (il y en a {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: call {number} is longer than 2,000 characters</source>
        <translation>Appels à l’action : l’appel {number} dépasse 2 000 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: call {number} {problem}</source>
        <translation>Appels à l’action : l’appel {number} {problem}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+103"/>
        <source>Each line below is something missing or to fix. Double-click a line, or select it and press Enter, to go to the field. You can export a card that still has gaps (the secretariat sees them), but not one with invalid values.</source>
        <translation>Chaque ligne ci-dessous signale un manque ou une erreur. Double-cliquez sur une ligne, ou sélectionnez-la et appuyez sur Entrée, pour aller au champ. Vous pouvez exporter une fiche incomplète (le secrétariat voit les manques), mais pas une fiche avec des valeurs non valides.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Things missing or to fix</source>
        <translation>Manques et erreurs à corriger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export the card…</source>
        <translation>&amp;Exporter la fiche…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the card and save it as a file to e-mail to the secretariat (Ctrl+Shift+E)</source>
        <translation>Signer la fiche et l&apos;enregistrer dans un fichier à envoyer au secrétariat par courriel (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>The secretariat&apos;s comments not yet answered</source>
        <translation>Les commentaires du secrétariat encore sans réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported revisions</source>
        <translation>Révisions exportées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rated} of {total} indicators rated</source>
        <translation>{rated} indicateurs évalués sur {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n erreur à corriger</numerusform>
            <numerusform>%n erreurs à corriger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing invalid</source>
        <translation>aucune valeur non valide</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s) missing</source>
        <translation>
            <numerusform>%n manque</numerusform>
            <numerusform>%n manques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing missing</source>
        <translation>rien ne manque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix: {problem}</source>
        <translation>À corriger : {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: {problem}</source>
        <translation>Manquant : {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything is filled in. The card is ready to export.</source>
        <translation>Tout est rempli. La fiche est prête à être exportée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{indicator}: {comment}</source>
        <translation>{indicator} : {comment}</translation>
    </message>
</context>
<context>
    <name>SecretariatChart</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/chart.py" line="+42"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow progress</source>
        <translation>Progrès lents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited measures</source>
        <translation>Mesures limitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some progress</source>
        <translation>Quelques progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable efforts</source>
        <translation>Efforts notables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{title}, {cycle}: {values}</source>
        <translation>{title}, {cycle} : {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {baseline}: {values}</source>
        <translation> ; {baseline} : {values}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; change: {changes}</source>
        <translation> ; évolution : {changes}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; NGO action (star) in %n</source>
        <translation>
            <numerusform> ; action des ONG (étoile) dans %n pays</numerusform>
            <numerusform> ; action des ONG (étoile) dans %n pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+165"/>
        <source>Overall ranking</source>
        <translation>Classement général</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Overview chart</source>
        <translation>Graphique de la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No figures yet: import cards and settle disagreements.</source>
        <translation>Aucun chiffre pour l&apos;instant : importez des fiches et tranchez les désaccords.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Since {baseline}, points</source>
        <translation>Depuis {baseline}, en points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thick bar: {cycle}; thin bar below it: {baseline}. Shares of the countries with a resolved card.</source>
        <translation>Barre épaisse : {cycle} ; barre fine en dessous : {baseline}. Parts des pays dont la fiche est résolue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thick bar: {cycle}. Shares of the countries with a resolved card.</source>
        <translation>Barre épaisse : {cycle}. Parts des pays dont la fiche est résolue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Goal {number}</source>
        <translation>Objectif {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall ranking: {rankings}</source>
        <translation>Classement général : {rankings}</translation>
    </message>
</context>
<context>
    <name>SecretariatCountry</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/country.py" line="+91"/>
        <location line="+43"/>
        <location line="+221"/>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Settle: {title}</source>
        <translation>Trancher : {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The partners gave:
{lines}</source>
        <translation>Valeurs données par les partenaires :
{lines}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What {organisation} wrote</source>
        <translation>Ce qu’a écrit {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{organisation}: {value}</source>
        <translation>{organisation} : {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary:</source>
        <translation>Synthèse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment:</source>
        <translation>Analyse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written)</source>
        <translation>(rien d’écrit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>Éléments de preuve :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish:</source>
        <translation>Publier :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value}   (given by {organisations})</source>
        <translation>{value}   (selon {organisations})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why (kept with the decision and shown to whoever reads the card&apos;s history):</source>
        <translation>Pourquoi (conservé avec la décision et montré à quiconque consulte l&apos;historique de la fiche) :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Checked with both partners on 3 March: the law was passed in 2011.</source>
        <translation>p. ex. Vérifié avec les deux partenaires le 3 mars : la loi a été adoptée en 2011.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a partner later sends a revision that changes its value, the decision is reopened.</source>
        <translation>Si un partenaire envoie plus tard une révision qui modifie sa valeur, la décision est rouverte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settle</source>
        <translation>Trancher</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To settle: choose the value to publish, then write why.</source>
        <translation>Pour trancher : choisissez la valeur à publier, puis écrivez pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To settle: write why (a reason is needed and kept).</source>
        <translation>Pour trancher : écrivez pourquoi (une raison est nécessaire et conservée).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Settle…</source>
        <translation>Trancher…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{star} NGO action</source>
        <translation>{star} Action des ONG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work undertaken by NGOs (given by {organisations})</source>
        <translation>Travail mené par les ONG (selon {organisations})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners disagree: {values}</source>
        <translation>Désaccord entre partenaires : {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator}: partners disagree</source>
        <translation>{indicator} : désaccord entre partenaires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decided by the secretariat</source>
        <translation>Tranché par le secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided {time}: {reason}</source>
        <translation>Tranché le {time} : {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only {organisation} rated</source>
        <translation>Seul {organisation} a attribué une couleur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners agree</source>
        <translation>Les partenaires sont d&apos;accord</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Goal {number}: {title}</source>
        <translation>Objectif {number} : {title}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+204"/>
        <source>Country cards</source>
        <translation>Fiches pays</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback to partners…</source>
        <translation>&amp;Retour aux partenaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a partner on its card: changes requested, accepted or published, with a comment per indicator; signed and sealed to the partner</source>
        <translation>Répondre à un partenaire sur sa fiche : modifications demandées, acceptée ou publiée, avec un commentaire par indicateur ; signé et scellé pour le partenaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the card as published, as a {format} file</source>
        <translation>Enregistrer la fiche telle que publiée, dans un fichier {format}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settle the ranking…</source>
        <translation>Trancher le classement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green: significant action (filled disc) · Yellow: partial action (half disc) · Red: inadequate action (ring) · Not assessed (dashed) · {star}: work undertaken by NGOs</source>
        <translation>Vert : action significative (disque plein) · Jaune : action partielle (demi-disque) · Rouge : action insuffisante (anneau) · Non évalué (pointillés) · {star} : travail mené par les ONG</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+201"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Each partner&apos;s values side by side</source>
        <translation>Les valeurs de chaque partenaire côte à côte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided</source>
        <translation>Tranché le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No card to show yet: import partners&apos; bundles, and trust their keys.</source>
        <translation>Aucune fiche à afficher pour l&apos;instant : importez les paquets des partenaires et accordez votre confiance à leurs clés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner&apos;s card</source>
        <translation>Fiche du partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From revision</source>
        <translation>Révision de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To revision</source>
        <translation>Révision d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed from</source>
        <translation>Ce qui a changé entre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>et</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed between the two revisions</source>
        <translation>Ce qui a changé entre les deux révisions</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{country}: progress card {cycle}</source>
        <translation>{country} : fiche de progrès {cycle}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n disagreement(s) to settle: the country is left out of the figures until then.</source>
        <translation>
            <numerusform>%n désaccord à trancher : d&apos;ici là, le pays n&apos;est pas compté dans les chiffres.</numerusform>
            <numerusform>%n désaccords à trancher : d&apos;ici là, le pays n&apos;est pas compté dans les chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved: the card counts in the figures.</source>
        <translation>Résolue : la fiche compte dans les chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners: {partners}. {state}</source>
        <translation>Partenaires : {partners}. {state}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall ranking: partners disagree ({values})</source>
        <translation>Classement général : désaccord entre partenaires ({values})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{ranking} (decided by the secretariat)</source>
        <translation>{ranking} (tranché par le secrétariat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall ranking: {ranking}</source>
        <translation>Classement général : {ranking}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{organisation}: %n revision(s), r{revision} current</source>
        <translation>
            <numerusform>{organisation} : %n révision, r{revision} en vigueur</numerusform>
            <numerusform>{organisation} : %n révisions, r{revision} en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overall ranking</source>
        <translation>Classement général</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partners disagree: settle</source>
        <translation>Désaccord : à trancher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} (decided)</source>
        <translation>{value} (tranché)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reopened {time}</source>
        <translation>Rouverte le {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>r{revision} (current)</source>
        <translation>r{revision} (en vigueur)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one revision received from this partner so far.</source>
        <translation>Une seule révision reçue de ce partenaire pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} revisions received.</source>
        <translation>{count} révisions reçues.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose two different revisions to see what changed.</source>
        <translation>Choisissez deux révisions différentes pour voir ce qui a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: these two revisions say the same.</source>
        <translation>Aucun changement : ces deux révisions disent la même chose.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not settled</source>
        <translation>Désaccord non tranché</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the card of {country}</source>
        <translation>Enregistrer la fiche : {country}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The card was not saved</source>
        <translation>La fiche n&apos;a pas été enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved {path} (it shows %n open disagreement(s))</source>
        <translation>
            <numerusform>Enregistrée : {path} (elle montre %n désaccord en suspens)</numerusform>
            <numerusform>Enregistrée : {path} (elle montre %n désaccords en suspens)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {path}</source>
        <translation>Enregistrée : {path}</translation>
    </message>
</context>
<context>
    <name>SecretariatDashboard</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/dashboard.py" line="+32"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To settle</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last feedback</source>
        <translation>Dernier retour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No card yet</source>
        <translation>Pas encore de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a key to be trusted</source>
        <translation>En attente de l&apos;approbation d&apos;une clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to settle</source>
        <translation>Désaccords à trancher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} {state}</source>
        <translation>{state} : {count}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cards yet. Drag the bundle files (*.cpc.json) partners e-mailed onto this window, or import them; add each partner&apos;s key after comparing its fingerprint by phone.</source>
        <translation>Aucune fiche pour l&apos;instant. Faites glisser sur cette fenêtre les paquets (*.cpc.json) que les partenaires ont envoyés par courriel, ou importez-les ; ajoutez la clé de chaque partenaire après avoir comparé son empreinte par téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a partner&apos;s key…</source>
        <translation>Ajouter la clé d&apos;un partenaire…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all countries</source>
        <translation>Afficher tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Open the country card</source>
        <translation>&amp;Ouvrir la fiche du pays</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Countries in this cycle</source>
        <translation>Pays de ce cycle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Last import: {time}</source>
        <translation>Dernière importation : {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported yet</source>
        <translation>Rien d&apos;importé pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{partners}; waiting: {waiting}</source>
        <translation>{partners} ; en attente : {waiting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting: {waiting}</source>
        <translation>en attente : {waiting}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing: {state} ({count})</source>
        <translation>Affichés : {state} ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open the waiting bundles</source>
        <translation>&amp;Ouvrir les paquets en attente</translation>
    </message>
</context>
<context>
    <name>SecretariatDesk</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/desk.py" line="+216"/>
        <source>The import stopped</source>
        <translation>L&apos;importation s&apos;est arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase does not open the network keys: nothing was imported.</source>
        <translation>La phrase secrète n&apos;ouvre pas les clés du réseau : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import stopped: {error}</source>
        <translation>L&apos;importation s&apos;est arrêtée : {error}</translation>
    </message>
</context>
<context>
    <name>SecretariatFeedback</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/feedback.py" line="+56"/>
        <source>Feedback to partners</source>
        <translation>Retour aux partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback on {country} {cycle}</source>
        <translation>Retour sur {country} {cycle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation} (revision {revision})</source>
        <translation>{organisation} (révision {revision})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Message to the partner</source>
        <translation>Message au partenaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments per indicator</source>
        <translation>Commentaires par indicateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published rating</source>
        <translation>Note publiée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Published ranking</source>
        <translation>Classement publié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published ranking:</source>
        <translation>Classement publié :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer from the card</source>
        <translation>Proposer d&apos;après la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the published ratings and ranking of the merged card (for “Published”) and each decision&apos;s reason as its indicator&apos;s comment</source>
        <translation>Remplir avec les notes et le classement publiés de la fiche fusionnée (pour « Publiée ») et le motif de chaque décision comme commentaire de son indicateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign and send…</source>
        <translation>&amp;Signer et envoyer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign the feedback</source>
        <translation>Signer le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the network keys:</source>
        <translation>Phrase secrète des clés de réseau :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the feedback file</source>
        <translation>Dossier pour le fichier de retour</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong passphrase: nothing was sent.</source>
        <translation>Phrase secrète incorrecte : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sent (kept as a draft): {error}</source>
        <translation>Non envoyé (gardé comme brouillon) : {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sealed to {organisation} and saved as {file}. Send it to them.</source>
        <translation>Scellé pour {organisation} et enregistré sous {file}. Envoyez-le-lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {file}, not sealed: {organisation}&apos;s key file has no sealing key. Send it to them.</source>
        <translation>Enregistré sous {file}, non scellé : le fichier de clé de {organisation} n&apos;a pas de clé de scellement. Envoyez-le-lui.</translation>
    </message>
</context>
<context>
    <name>SecretariatImport</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/importing.py" line="+48"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{outcome}: {detail}</source>
        <translation>{outcome} : {detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sealed: only this secretariat could read it on its way.</source>
        <translation>Scellé : seul ce secrétariat pouvait le lire en chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sealed.</source>
        <translation>Non scellé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the quarantine folder: {path}</source>
        <translation>Copié dans le dossier de quarantaine : {path}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Drop bundle files or folders here</source>
        <translation>Déposez ici des paquets ou des dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop the bundle files (*.cpc.json) or whole folders of e-mail attachments here, or choose them:</source>
        <translation>Déposez ici les paquets (*.cpc.json) ou des dossiers entiers de pièces jointes, ou choisissez-les :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;files…</source>
        <translation>&amp;Choisir des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file is checked: who signed it, that nobody changed it, and that it is new. A file that fails changes nothing; a copy goes to the quarantine folder with the reason.</source>
        <translation>Chaque fichier est vérifié : qui l&apos;a signé, que personne ne l&apos;a modifié et qu&apos;il est nouveau. Un fichier qui échoue ne change rien ; une copie est placée dans le dossier de quarantaine avec le motif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the file being imported; imported files stay imported</source>
        <translation>Arrêter après le fichier en cours ; les fichiers déjà importés le restent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add these &amp;keys…</source>
        <translation>Ajouter ces c&amp;lés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One phone check per key, then the bundles waiting for it are imported</source>
        <translation>Une vérification par téléphone pour chaque clé, puis les paquets qui l&apos;attendaient sont importés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show outcome</source>
        <translation>Afficher le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: file, organisation, country, reason…</source>
        <translation>Filtrer : fichier, organisation, pays, motif…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter the results</source>
        <translation>Filtrer les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;quarantine folder</source>
        <translation>Ouvrir le dossier de &amp;quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where rejected files are copied, each with a .reason.json beside it</source>
        <translation>Où sont copiés les fichiers rejetés, chacun accompagné d&apos;un fichier .reason.json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import results</source>
        <translation>Résultats de l&apos;importation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Point at a row to see the whole message; the file&apos;s outcome is logged.</source>
        <translation>Pointez une ligne pour voir le message complet ; le résultat de chaque fichier est consigné dans le journal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open sealed files</source>
        <translation>Ouvrir les fichiers scellés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the network keys (asked once for this import, to open sealed files):</source>
        <translation>Phrase secrète des clés du réseau (demandée une fois pour cette importation, pour ouvrir les fichiers scellés) :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import bundle files</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card bundles (*.cpc.json);;All files (*)</source>
        <translation>Paquets de fiches (*.cpc.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import every bundle in a folder</source>
        <translation>Importer tous les paquets d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An import is running; drop the files again when it has finished.</source>
        <translation>Une importation est en cours ; déposez à nouveau les fichiers quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for bundle files…</source>
        <translation>Recherche des paquets…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No bundle files (*.cpc.json) there.</source>
        <translation>Aucun paquet (*.cpc.json) à cet endroit.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total}: {summary}</source>
        <translation>{done} sur {total} : {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Stopped. %n file(s): {summary}</source>
        <translation>
            <numerusform>Arrêté. %n fichier : {summary}</numerusform>
            <numerusform>Arrêté. %n fichiers : {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done. %n file(s): {summary}</source>
        <translation>
            <numerusform>Terminé. %n fichier : {summary}</numerusform>
            <numerusform>Terminé. %n fichiers : {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Among these files are %n partner key file(s) that are not trusted yet ({names}). Add each after comparing its fingerprint with the partner by phone; the cards waiting for it are then imported.</source>
        <translation>
            <numerusform>Parmi ces fichiers se trouve %n fichier de clé de partenaire qui n&apos;est pas encore de confiance ({names}). Ajoutez-le après avoir comparé son empreinte avec le partenaire par téléphone ; les fiches qui l&apos;attendaient sont alors importées.</numerusform>
            <numerusform>Parmi ces fichiers se trouvent %n fichiers de clé de partenaire qui ne sont pas encore de confiance ({names}). Ajoutez chacun d&apos;eux après avoir comparé son empreinte avec le partenaire par téléphone ; les fiches qui l&apos;attendaient sont alors importées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: {outcome}</source>
        <translation>{file} : {outcome}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy kept in the quarantine folder: {path}</source>
        <translation>Copie conservée dans le dossier de quarantaine : {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>SecretariatOverview</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/overview.py" line="+45"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with (baseline)</source>
        <translation>Comparer avec (référence)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rankings CSV…</source>
        <translation>CSV des classements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every country&apos;s overall ranking in every cycle</source>
        <translation>Le classement général de chaque pays pour chaque cycle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish report…</source>
        <translation>Publier le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole report as a PDF book or a website (File &gt; Publish report…)</source>
        <translation>Le rapport complet en livre PDF ou en site web (Fichier &gt; Publier le rapport…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with</source>
        <translation>comparé à</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settle…</source>
        <translation>Trancher…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rankings</source>
        <translation>Classements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no baseline</source>
        <translation>aucune référence</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No cards imported yet.</source>
        <translation>Aucune fiche importée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n countries with a resolved card in {cycle}</source>
        <translation>
            <numerusform>%n pays avec une fiche résolue en {cycle}</numerusform>
            <numerusform>%n pays avec une fiche résolue en {cycle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{counted}, compared with {baseline} ({baseline_counted}). Shares are of those countries; changes in percentage points.</source>
        <translation>{counted}, comparé à {baseline} ({baseline_counted}). Les parts se rapportent à ces pays ; les évolutions sont en points de pourcentage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{counted}. Shares are of those countries; changes in percentage points.</source>
        <translation>{counted}. Les parts se rapportent à ces pays ; les évolutions sont en points de pourcentage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left out until settled (partners disagree): {countries}</source>
        <translation>Exclus des chiffres jusqu&apos;à ce que le désaccord entre partenaires soit tranché : {countries}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settle {country}…</source>
        <translation>Trancher pour {country}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rankings {cycle} (as in the report&apos;s appendix)</source>
        <translation>Classements {cycle} (comme dans l&apos;annexe du rapport)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ranked: {countries}</source>
        <translation>Non classés : {countries}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partners disagree: {countries}</source>
        <translation>Désaccord entre partenaires : {countries}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the overview</source>
        <translation>Exporter la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
</context>
<context>
    <name>SecretariatPublish</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/publish.py" line="+106"/>
        <source>Publish the report</source>
        <translation>Publier le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole report: title page, global overview, findings, rankings and one progress card per country. Countries whose partners disagree are left out until you settle them.</source>
        <translation>Le rapport complet : page de titre, vue d&apos;ensemble mondiale, constats, classements et une fiche de progrès par pays. Les pays dont les partenaires sont en désaccord sont écartés tant que vous n&apos;avez pas tranché.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF book</source>
        <translation>Livre PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (a folder of pages, works offline)</source>
        <translation>Site web (un dossier de pages, consultable hors ligne)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with (baseline):</source>
        <translation>Comparer avec (référence) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report:</source>
        <translation>Langue du rapport :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cards imported yet: nothing to publish.</source>
        <translation>Aucune fiche importée pour l&apos;instant : rien à publier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no baseline</source>
        <translation>aucune référence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder to publish into</source>
        <translation>Choisir le dossier où publier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an existing folder to publish into.</source>
        <translation>Choisissez un dossier existant où publier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the country cards…</source>
        <translation>Lecture des fiches par pays…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the country cards… {done} of {total}</source>
        <translation>Lecture des fiches par pays… {done} sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Published: {path}</source>
        <translation>Publié : {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published {path}</source>
        <translation>Publié : {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not published: {error}</source>
        <translation>Non publié : {error}</translation>
    </message>
</context>
<context>
    <name>SecretariatTexts</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/texts.py" line="+40"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in history (a newer revision is current)</source>
        <translation>Conservé dans l&apos;historique (une révision plus récente est en vigueur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the key to be trusted</source>
        <translation>En attente de l&apos;approbation de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: not read as a bundle</source>
        <translation>Ignoré : non lu comme un paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported</source>
        <translation>importé(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>déjà importé(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in history</source>
        <translation>conservé(s) dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a key</source>
        <translation>en attente d&apos;une clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeté(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignoré(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is larger than 5 MiB: it is not a card bundle, or it was damaged.</source>
        <translation>Le fichier dépasse 5 Mio : ce n&apos;est pas un paquet de fiche, ou il a été endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read as a bundle: it was damaged or changed on the way (for example by an e-mail program), or it is another kind of file.</source>
        <translation>Le fichier ne peut pas être lu comme un paquet : il a été endommagé ou modifié en chemin (par exemple par un logiciel de messagerie), ou c&apos;est un autre type de fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a card bundle, or it was made by a newer version of the app than this one.</source>
        <translation>Ce n&apos;est pas un paquet de fiche, ou il a été créé par une version de l&apos;application plus récente que celle-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the file was changed after it was signed, or it was not signed by this key.</source>
        <translation>La signature ne correspond pas : le fichier a été modifié après avoir été signé, ou il n&apos;a pas été signé avec cette clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card inside does not follow the bundle format (a part is missing or too long).</source>
        <translation>La fiche qu&apos;il contient ne respecte pas le format des paquets (une partie manque ou est trop longue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card uses a set of indicators this app does not know. Update the app.</source>
        <translation>La fiche utilise un ensemble d&apos;indicateurs que cette application ne connaît pas. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is signed with a key the secretariat has revoked.</source>
        <translation>Il est signé avec une clé que le secrétariat a révoquée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner&apos;s key is trusted for other countries, not for this card&apos;s country.</source>
        <translation>La clé du partenaire est de confiance pour d&apos;autres pays, mais pas pour le pays de cette fiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card was sent before signed with another key: another partner, or the partner made a new key. Ask the partner.</source>
        <translation>Cette fiche a déjà été envoyée, signée avec une autre clé : il s&apos;agit d&apos;un autre partenaire, ou le partenaire a créé une nouvelle clé. Renseignez-vous auprès du partenaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file with the same bundle number but different content was imported before: one of the two was altered.</source>
        <translation>Un autre fichier portant le même numéro de paquet, mais au contenu différent, a déjà été importé : l&apos;un des deux a été altéré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file with the same card and revision number was imported before, with different content.</source>
        <translation>Un autre fichier portant la même fiche et le même numéro de révision a déjà été importé, avec un contenu différent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be read (no permission, or it was moved during the import).</source>
        <translation>Le fichier n&apos;a pas pu être lu (pas d&apos;autorisation, ou il a été déplacé pendant l&apos;importation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is sealed for another key than this secretariat&apos;s sealing keys: the partner has an old or another network&apos;s key file.</source>
        <translation>Le fichier est scellé pour une autre clé que les clés de scellement de ce secrétariat : le partenaire a un fichier de clé ancien ou d&apos;un autre réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sealed file does not open with this secretariat&apos;s key: it was damaged or changed on its way. Ask the partner to send it again.</source>
        <translation>Le fichier scellé ne s&apos;ouvre pas avec la clé de ce secrétariat : il a été endommagé ou modifié en chemin. Demandez au partenaire de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not sealed, and this secretariat accepts sealed files only. Ask the partner to accept the network key and export again.</source>
        <translation>Le fichier n&apos;est pas scellé, et ce secrétariat n&apos;accepte que des fichiers scellés. Demandez au partenaire d&apos;accepter la clé du réseau et d&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neither the file&apos;s name nor its beginning look like a card bundle.</source>
        <translation>Ni le nom du fichier ni son début ne ressemblent à un paquet de fiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partner&apos;s public key file: add it under Partners&apos; keys after the phone check.</source>
        <translation>Un fichier de clé publique d&apos;un partenaire : ajoutez-le dans Clés des partenaires après la vérification par téléphone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partner&apos;s new key (a key rotation): accept it under Partners&apos; keys.</source>
        <translation>La nouvelle clé d&apos;un partenaire (un changement de clé) : acceptez-la dans Clés des partenaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A temporary file, still being written.</source>
        <translation>Un fichier temporaire, en cours d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link to another place: not followed. Import the place it leads to.</source>
        <translation>Un lien vers un autre emplacement : non suivi. Importez l&apos;emplacement vers lequel il mène.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a file that can be read (a pipe or a device).</source>
        <translation>Pas un fichier lisible (un tube ou un périphérique).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Green: significant action</source>
        <translation>Vert : action significative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow: partial action</source>
        <translation>Jaune : action partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red: inadequate action</source>
        <translation>Rouge : action insuffisante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slow progress</source>
        <translation>Progrès lents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited measures</source>
        <translation>Mesures limitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some progress</source>
        <translation>Quelques progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable efforts</source>
        <translation>Efforts notables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partner is expected for this country but no card arrived for this cycle.</source>
        <translation>Un partenaire est attendu pour ce pays, mais aucune fiche n&apos;est arrivée pour ce cycle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards arrived, signed with a key that is not trusted yet: see Partners&apos; keys.</source>
        <translation>Des fiches sont arrivées, signées avec une clé qui n&apos;est pas encore de confiance : voir Clés des partenaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners disagree; settle it before the country counts in the figures.</source>
        <translation>Les partenaires ne sont pas d&apos;accord ; tranchez avant que le pays soit pris en compte dans les chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted in the figures.</source>
        <translation>Pris en compte dans les chiffres.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+26"/>
        <source>Overall ranking</source>
        <translation>Classement général</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>rating</source>
        <translation>couleur attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO action (star)</source>
        <translation>action des ONG (étoile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall summary</source>
        <translation>Synthèse générale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to action</source>
        <translation>Appels à l&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: evidence: {member}</source>
        <translation>{title} : élément de preuve : {member}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: evidence</source>
        <translation>{title} : éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: {member}</source>
        <translation>{title} : {member}</translation>
    </message>
</context>
<context>
    <name>SecretariatTrust</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/key_dialogs.py" line="+32"/>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{text}” is not a country name or an ISO code</source>
        <translation>« {text} » n’est ni un nom de pays ni un code ISO</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Trust the key of {organisation}</source>
        <translation>Faire confiance à la clé de {organisation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the key of {organisation}?</source>
        <translation>Faire confiance à la clé de {organisation} ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anyone can send a file claiming to be this partner. Call the partner on a number you already know (not one from the e-mail) and ask them to read out the fingerprint their app shows. Trust the key only if every character matches.</source>
        <translation>N&apos;importe qui peut envoyer un fichier en se faisant passer pour ce partenaire. Appelez le partenaire à un numéro que vous connaissez déjà (pas un numéro tiré du courriel) et demandez-lui de vous lire l&apos;empreinte affichée par son application. Ne faites confiance à la clé que si chaque caractère correspond.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Empreinte {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="+97"/>
        <location line="+34"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting:</source>
        <translation>En attente :</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) signed with this key will be imported.</source>
        <translation>
            <numerusform>%n paquet signé avec cette clé sera importé.</numerusform>
            <numerusform>%n paquets signés avec cette clé seront importés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+7"/>
        <source>Countries of {organisation}&apos;s key</source>
        <translation>Pays de la clé de {organisation}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards signed with this key ({fingerprint}) count for these countries only: its cards for other countries leave the figures, and come back if their country is added again. A file refused earlier because of its country is not imported by this change: import it again.</source>
        <translation>Les fiches signées avec cette clé ({fingerprint}) ne comptent que pour ces pays : ses fiches pour d’autres pays quittent les chiffres, et y reviennent si leur pays est ajouté de nouveau. Un fichier refusé plus tôt à cause de son pays n’est pas importé par ce changement : importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>e.g. India, Nepal (empty: any country); or tick them below</source>
        <translation>par ex. Inde, Népal (vide : tout pays) ; ou cochez-les ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Countries this key may send cards for</source>
        <translation>Pays pour lesquels cette clé peut envoyer des fiches</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Countries:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>I compared this fingerprint with the partner by phone, and it matches</source>
        <translation>J&apos;ai comparé cette empreinte avec le partenaire par téléphone, et elle correspond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cards accepted for: {countries}</source>
        <translation>Fiches acceptées pour : {countries}</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="-67"/>
        <source>Partners&apos; keys</source>
        <translation>Clés des partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card counts only when it is signed with a key you trust. Add a partner&apos;s key from the .cpckey.json file they sent, after comparing its fingerprint with them by phone.</source>
        <translation>Une fiche n&apos;est prise en compte que si elle est signée avec une clé de confiance. Ajoutez la clé d&apos;un partenaire à partir du fichier .cpckey.json qu&apos;il vous a envoyé, après avoir comparé son empreinte avec lui par téléphone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a key from a file…</source>
        <translation>&amp;Ajouter une clé depuis un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its cards leave the figures; later bundles signed with it are rejected</source>
        <translation>Ses fiches sortent des chiffres ; les paquets signés ensuite avec elle sont rejetés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;untries…</source>
        <translation>Pa&amp;ys…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the countries this key may send cards for</source>
        <translation>Modifier les pays pour lesquels cette clé peut envoyer des fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key &amp;change…</source>
        <translation>&amp;Changement de clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partner made a new key: its .cpcrotate.json file, signed with the key you already trust, moves the trust to the new key</source>
        <translation>Un partenaire a créé une nouvelle clé : son fichier .cpcrotate.json, signé avec la clé à laquelle vous faites déjà confiance, transfère la confiance à la nouvelle clé</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;pprove this key…</source>
        <translation>A&amp;pprouver cette clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint by phone, then import what it signed</source>
        <translation>Comparer l&apos;empreinte par téléphone, puis importer ce qu&apos;elle a signé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard…</source>
        <translation>Écar&amp;ter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles waiting for their key</source>
        <translation>Paquets en attente de leur clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a key to be trusted</source>
        <translation>En attente de l&apos;approbation d&apos;une clé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked {when}</source>
        <translation>Révoquée le {when}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for a key to be trusted ({count})</source>
        <translation>En attente de l&apos;approbation d&apos;une clé ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is waiting for a key.</source>
        <translation>Aucun paquet n&apos;attend de clé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A partner&apos;s public key</source>
        <translation>Clé publique d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public keys (*.cpckey.json)</source>
        <translation>Clés publiques (*.cpckey.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A partner&apos;s key change</source>
        <translation>Changement de clé d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key changes (*.cpcrotate.json)</source>
        <translation>Changements de clé (*.cpcrotate.json)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not a public key file</source>
        <translation>Ce n&apos;est pas un fichier de clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file} : {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key was not trusted</source>
        <translation>La clé n&apos;a pas été ajoutée aux clés de confiance</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key change was not accepted</source>
        <translation>Le changement de clé n&apos;a pas été accepté</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/key_dialogs.py" line="-95"/>
        <source>any country</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="+10"/>
        <source>{organisation}&apos;s key {fingerprint} is trusted for {scope}.</source>
        <translation>La clé {fingerprint} de {organisation} est de confiance pour {scope}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation}&apos;s new key {fingerprint} replaces {old} and is trusted for {scope}.</source>
        <translation>La nouvelle clé {fingerprint} de {organisation} remplace {old} et est de confiance pour {scope}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This key change had been accepted before; nothing changed.</source>
        <translation>Ce changement de clé avait déjà été accepté ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old key stays trusted for late e-mails until you revoke it.</source>
        <translation>L&apos;ancienne clé reste de confiance pour les courriels tardifs, jusqu&apos;à ce que vous la révoquiez.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bundle(s) that were waiting:</source>
        <translation>
            <numerusform>%n paquet qui était en attente :</numerusform>
            <numerusform>%n paquets qui étaient en attente :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{card}: {outcome}: {reason}</source>
        <translation>{card} : {outcome} : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{card}: {outcome}</source>
        <translation>{card} : {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n waiting bundle(s) imported.</source>
        <translation>
            <numerusform>%n paquet en attente importé.</numerusform>
            <numerusform>%n paquets en attente importés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This key is already trusted, for other countries than those you chose. Adding its key file again does not change them; nothing was changed.</source>
        <translation>Cette clé est déjà de confiance, pour d&apos;autres pays que ceux que vous avez choisis. Ajouter à nouveau son fichier de clé ne les change pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke this key?</source>
        <translation>Révoquer cette clé ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the key of {organisation} ({fingerprint})?

Its cards leave the figures at once and bundles it signs later are rejected. A revoked key cannot be trusted again: the partner would have to make a new key.</source>
        <translation>Révoquer la clé de {organisation} ({fingerprint}) ?

Ses fiches sortent immédiatement des chiffres, et les paquets qu&apos;elle signera ensuite seront rejetés. Une clé révoquée ne peut plus redevenir de confiance : le partenaire devra créer une nouvelle clé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The countries were not changed</source>
        <translation>Les pays n’ont pas été modifiés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation}&apos;s key {fingerprint} is now trusted for {scope}.</source>
        <translation>La clé {fingerprint} de {organisation} est désormais de confiance pour {scope}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{organisation}&apos;s key {fingerprint} is revoked.</source>
        <translation>La clé {fingerprint} de {organisation} est révoquée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard this bundle?</source>
        <translation>Écarter ce paquet ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the card {card} from {organisation}? It was never trusted; it is removed from the waiting list.</source>
        <translation>Écarter la fiche {card} de {organisation} ? Elle n&apos;a jamais été acceptée ; elle est retirée de la liste d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/window.py" line="+47"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>Partners&apos; keys</source>
        <translation>Clés des partenaires</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Country cards</source>
        <translation>Fiches pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cardentry: {organisation} (secretariat)</source>
        <translation>cardentry : {organisation} (secrétariat)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{organisation} · profile {folder}</source>
        <translation>{organisation} · profil {folder}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle files…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a partner&apos;s key…</source>
        <translation>&amp;Ajouter la clé d&apos;un partenaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish report…</source>
        <translation>&amp;Publier le rapport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;quarantine folder</source>
        <translation>&amp;Ouvrir le dossier de quarantaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net&amp;work keys…</source>
        <translation>Clés du &amp;réseau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How the secretariat works</source>
        <translation>&amp;Fonctionnement du secrétariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About cardentry</source>
        <translation>À &amp;propos de cardentry</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Partners&apos; keys (%n waiting)</source>
        <translation>
            <numerusform>Clés des partenaires (%n en attente)</numerusform>
            <numerusform>Clés des partenaires (%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import finished: {summary}</source>
        <translation>Importation terminée : {summary}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How the secretariat works</source>
        <translation>Fonctionnement du secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Partners e-mail their signed cards (*.cpc.json) and, once, their public key (*.cpckey.json).
2. Partners&apos; keys: add each key after comparing its fingerprint with the partner by phone. Cards signed with a key you do not trust yet wait there; approving the key imports them.
3. Import bundles: drop the files or folders on the window. Rejected files go to the quarantine folder with the reason.
4. Dashboard: every country&apos;s state in the cycle. Where partners disagree, open the country card and settle each disagreement with a reason.
5. Overview: the figures, the change from the baseline and the rankings; export them as CSV, XLSX or PDF. Country cards: save each card as PDF, PNG or HTML.</source>
        <translation>1. Les partenaires envoient par courriel leurs fiches signées (*.cpc.json) et, une seule fois, leur clé publique (*.cpckey.json).
2. Clés des partenaires : ajoutez chaque clé après avoir comparé son empreinte avec le partenaire par téléphone. Les fiches signées avec une clé à laquelle vous ne faites pas encore confiance y attendent ; approuver la clé les importe.
3. Importer des paquets : déposez les fichiers ou les dossiers sur la fenêtre. Les fichiers refusés vont dans le dossier de quarantaine, avec le motif du refus.
4. Tableau de bord : l&apos;état de chaque pays pour le cycle. Là où les partenaires sont en désaccord, ouvrez la fiche pays et tranchez chaque désaccord en indiquant un motif.
5. Vue d&apos;ensemble : les chiffres, l&apos;évolution par rapport à la référence et les classements ; exportez-les en CSV, XLSX ou PDF. Fiches pays : enregistrez chaque fiche en PDF, PNG ou HTML.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About cardentry</source>
        <translation>À propos de cardentry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cardentry {version}, secretariat profile of {organisation}.

Profile folder: {folder}</source>
        <translation>cardentry {version}, profil de secrétariat de {organisation}.

Dossier du profil : {folder}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/cardentry/ui/common/settings.py" line="+25"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (as the system: {language})</source>
        <translation>Automatique (comme le système : {language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus, buttons and messages, and the guidance of the indicators. The new language applies the next time you start cardentry. Cards are stored and exported the same way in every language.</source>
        <translation>Menus, boutons et messages, ainsi que les orientations des indicateurs. La nouvelle langue s&apos;applique au prochain démarrage de cardentry. Les fiches sont enregistrées et exportées de la même manière dans toutes les langues.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/window.py" line="-725"/>
        <source>Rate the indicator green, yellow, red, or not assessed (not inside a text box)</source>
        <translation>Attribuer à l&apos;indicateur la couleur verte, jaune, rouge, ou non évalué (hors d&apos;une zone de texte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same, anywhere on an indicator page</source>
        <translation>La même chose, n&apos;importe où sur la page d&apos;un indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous page</source>
        <translation>Page suivante / précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the list of pages and the page</source>
        <translation>Passer de la liste des pages à la page, et inversement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field on the page</source>
        <translation>Champ suivant / précédent de la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence</source>
        <translation>Ajouter un élément de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected evidence up / down</source>
        <translation>Monter / descendre l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo (saved edits of the card)</source>
        <translation>Annuler / rétablir (modifications enregistrées de la fiche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the field you are in</source>
        <translation>Historique du champ où vous êtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and export</source>
        <translation>Vérifier et exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the card</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all cards</source>
        <translation>Retour à toutes les fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>Nouvelle fiche</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-252"/>
        <source>Sum up in a few paragraphs what the state has done against child sex trafficking since the last cycle, the most important gaps, and where NGOs fill them. This opens the published country card.</source>
        <translation>Résumez en quelques paragraphes ce que l&apos;État a fait contre la traite des enfants à des fins sexuelles depuis le dernier cycle, les principales lacunes, et celles que comblent les ONG. Ce texte ouvre la fiche pays publiée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall summary. Saved as you type.</source>
        <translation>Synthèse générale. Enregistrée pendant la saisie.</translation>
    </message>
</context>
</TS>
