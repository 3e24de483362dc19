<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/cardentry/ui/editor.py" line="+409"/>
        <source>What your organisation asks the government to do. Write each call to action on its own line (press Enter to start the next). They go into the national petition.</source>
        <translation>Lo que su organización pide al Gobierno. Escriba cada llamamiento a la acción en su propia línea (pulse Intro para empezar el siguiente). Se incorporan a la petición nacional.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Adopt a national plan of action against child trafficking with its own budget.</source>
        <translation>p. ej., Adoptar un plan de acción nacional contra la trata infantil con presupuesto propio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls to action, one per line</source>
        <translation>Llamamientos a la acción, uno por línea</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n call(s) to action (at most 50)</source>
        <translation>
            <numerusform>%n llamamiento a la acción (50 como máximo)</numerusform>
            <numerusform>%n llamamientos a la acción (50 como máximo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location line="-363"/>
        <source>Overall summary</source>
        <translation>Resumen general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action</source>
        <translation>Llamamientos a la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>empezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs fixing</source>
        <translation>hay que corregirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to review (copied from the previous cycle)</source>
        <translation>por revisar (copiado del ciclo anterior)</translation>
    </message>
    <message>
        <location line="+210"/>
        <location line="+36"/>
        <location line="+74"/>
        <location line="+51"/>
        <location line="+212"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>All cards</source>
        <translation>Todas las fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to your cards (Ctrl+W). Everything is saved.</source>
        <translation>Volver a sus fichas (Ctrl+W). Todo está guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the card and save it as a file for the secretariat (Ctrl+Shift+E)</source>
        <translation>Firmar la ficha y guardarla en un archivo para la secretaría (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pages of the card</source>
        <translation>Páginas de la ficha</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+69"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Página anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Página siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Previous page: {title}</source>
        <translation>Página anterior: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page: {title}</source>
        <translation>Página siguiente: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{rating}, {status} · NGO action ★</source>
        <translation>{rating}, {status} · acción de las ONG ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating}, {status}</source>
        <translation>{rating}, {status}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>evidence, {field}</source>
        <translation>prueba, {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>{page}: {field}</source>
        <translation>{page}: {field}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NGO action</source>
        <translation>acción de las ONG</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location line="-32"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (URL)</source>
        <translation>Enlace (URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/evidence.py" line="+57"/>
        <source>Evidence items</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add evidence</source>
        <translation>Añadir una prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a law, policy, report, article, interview or statistic (Ctrl+E)</source>
        <translation>Añadir una ley, una política, un informe, un artículo, una entrevista o una estadística (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected item (Ctrl+Z brings it back)</source>
        <translation>Quitar la prueba seleccionada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Subir la prueba seleccionada (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Bajar la prueba seleccionada (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of evidence</source>
        <translation>Tipo de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. National Plan of Action 2010-2015</source>
        <translation>p. ej., Plan de Acción Nacional 2010-2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publisher, author or ministry</source>
        <translation>editorial, autor o ministerio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it shows, page numbers, anything the secretariat should know.</source>
        <translation>Qué demuestra, números de página, todo lo que la secretaría deba saber.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link (URL)</source>
        <translation>&amp;Enlace (URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an item to edit it, or add one. Titles are required; links and dates are checked as you type.</source>
        <translation>Seleccione una prueba para editarla, o añada una. El título es obligatorio; los enlaces y las fechas se comprueban mientras escribe.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(no title yet)</source>
        <translation>(todavía sin título)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs fixing: {problems}</source>
        <translation>Hay que corregir: {problems}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence added: give it a title.</source>
        <translation>Prueba añadida: póngale un título.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Prueba quitada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/cardentry/ui/export.py" line="+114"/>
        <source>Export {country} {cycle}</source>
        <translation>Exportar {country} {cycle}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export {country} {cycle} as revision {revision}</source>
        <translation>Exportar {country} {cycle} como revisión {revision}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card is signed with your key and saved as one file. You then e-mail that file to the secretariat. You can keep editing afterwards and export again: the next file is the next revision.</source>
        <translation>La ficha se firma con su clave y se guarda en un único archivo, que luego envía por correo electrónico a la secretaría. Puede seguir editándola y volver a exportarla: el siguiente archivo será la siguiente revisión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you export</source>
        <translation>Antes de exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix first: {problem}</source>
        <translation>Corregir primero: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing: {problem}</source>
        <translation>Falta: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The card has values that are not valid yet. Close this window, fix them (the review page lists them), then export.</source>
        <translation>La ficha contiene valores que aún no son válidos. Cierre esta ventana, corríjalos (la página de revisión los enumera) y después exporte.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n thing(s) still missing. You can export anyway (for example to send a draft); the secretariat will see what is missing.</source>
        <translation>
            <numerusform>Todavía falta %n elemento. Puede exportar de todos modos (por ejemplo, para enviar un borrador); la secretaría verá lo que falta.</numerusform>
            <numerusform>Todavía faltan %n elementos. Puede exportar de todos modos (por ejemplo, para enviar un borrador); la secretaría verá lo que falta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card is complete.</source>
        <translation>La ficha está completa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase of your signing key</source>
        <translation>la frase de contraseña de su clave de firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the signed file is saved</source>
        <translation>Dónde se guarda el archivo firmado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File name: {file}</source>
        <translation>Nombre del archivo: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing</source>
        <translation>Firmando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking your key and signing the card…</source>
        <translation>Desbloqueando su clave y firmando la ficha…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sign and save</source>
        <translation>Fi&amp;rmar y guardar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is saved:</source>
        <translation>El archivo está guardado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now e-mail it to the secretariat, with the file attached. Ready to copy:</source>
        <translation>Ahora envíelo a la secretaría por correo electrónico, con el archivo adjunto. Listo para copiar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail to send with the card</source>
        <translation>Correo electrónico para enviar con la ficha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the &amp;subject</source>
        <translation>Copiar el a&amp;sunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;text</source>
        <translation>Copiar el &amp;texto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder for the exported card</source>
        <translation>Carpeta para la ficha exportada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>Escriba la frase de contraseña de su clave de firma.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That passphrase does not open your key. Try again.</source>
        <translation>Esa frase de contraseña no abre su clave. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the file: {reason}. Choose another folder.</source>
        <translation>No se pudo escribir el archivo: {reason}. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed: {reason}</source>
        <translation>La exportación ha fallado: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revision {revision} is signed and saved</source>
        <translation>La revisión {revision} está firmada y guardada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>ExportEmail</name>
    <message>
        <location line="-329"/>
        <source>Country progress card: {country} {cycle}, revision {revision} ({organisation})</source>
        <translation>Ficha de progreso por país: {country} {cycle}, revisión {revision} ({organisation})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dear colleagues at the secretariat,

Please find attached the country progress card of {organisation} for {country}, cycle {cycle}, revision {revision} (file {file}).

It is signed with our key {fingerprint}.

Best regards,
{organisation}</source>
        <translation>Estimadas y estimados colegas de la secretaría:

Les enviamos adjunta la ficha de progreso por país de {organisation} para {country}, ciclo {cycle}, revisión {revision} (archivo {file}).

Está firmada con nuestra clave {fingerprint}.

Un cordial saludo,
{organisation}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dear colleagues at the secretariat,

Please find attached the country progress card of {organisation} for {country}, cycle {cycle}, revision {revision} (file {file}).

Best regards,
{organisation}</source>
        <translation>Estimadas y estimados colegas de la secretaría:

Les enviamos adjunta la ficha de progreso por país de {organisation} para {country}, ciclo {cycle}, revisión {revision} (archivo {file}).

Un cordial saludo,
{organisation}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/cardentry/ui/app.py" line="+609"/>
        <location filename="../../src/cardentry/ui/firstrun.py" line="+520"/>
        <source>Where to save the key backup (a USB stick)</source>
        <translation>Dónde guardar la copia de seguridad de la clave (una memoria USB)</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/firstrun.py" line="-411"/>
        <source>Welcome to cardentry</source>
        <translation>Le damos la bienvenida a cardentry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in country progress cards on this computer, even offline, and send them signed.</source>
        <translation>Rellene las fichas de progreso por país en este ordenador, incluso sin conexión, y envíelas firmadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who will use this computer&apos;s cardentry?</source>
        <translation>¿Quién usará cardentry en este ordenador?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;A partner organisation: we fill in the card for our country</source>
        <translation>&amp;Una organización asociada: rellenamos la ficha de nuestro país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s &amp;secretariat: we receive and merge the cards</source>
        <translation>La &amp;secretaría de la red: recibimos y fusionamos las fichas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most people choose this.</source>
        <translation>Es lo que elige la mayoría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your work stays on this computer. Nothing is sent anywhere until you export a card and e-mail it.</source>
        <translation>Su trabajo se queda en este ordenador. No se envía nada a ninguna parte hasta que exporte una ficha y la mande por correo electrónico.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your organisation</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is written into every card you send, so the secretariat knows who it is from.</source>
        <translation>Figura en cada ficha que envíe, para que la secretaría sepa de quién procede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ECPAT Foundation Thailand</source>
        <translation>p. ej., ECPAT Foundation Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: where the secretariat can reach you</source>
        <translation>opcional: dónde puede contactarle la secretaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to find a country</source>
        <translation>Escriba para buscar un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries you cover</source>
        <translation>Países que cubre su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks the selected country</source>
        <translation>La barra espaciadora marca el país seleccionado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Chosen: {countries}</source>
        <translation>Elegidos: {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the country or countries your organisation covers (Space ticks the selected one).</source>
        <translation>Marque el país o los países que cubre su organización (la barra espaciadora marca el seleccionado).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It protects the key that signs your cards. You type it each time you export a card.</source>
        <translation>Protege la clave que firma sus fichas. La escribirá cada vez que exporte una ficha.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can recover a forgotten passphrase, not even the secretariat: write it down and keep it apart from this laptop. Without it you can still edit your cards, but not send them.</source>
        <translation>Nadie puede recuperar una frase de contraseña olvidada, ni siquiera la secretaría: anótela y guárdela lejos de este ordenador. Sin ella podrá seguir editando sus fichas, pero no enviarlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating your signing key</source>
        <translation>Creando su clave de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your signing key…</source>
        <translation>Creando su clave de firma…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Send your public key to the secretariat</source>
        <translation>Envíe su clave pública a la secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do this once. The secretariat needs it to know that the cards you send really come from you.</source>
        <translation>Hágalo una sola vez. La secretaría la necesita para saber que las fichas que envía proceden realmente de usted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back up your key</source>
        <translation>Haga una copia de seguridad de su clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this laptop is lost or breaks, the backup lets you keep sending cards with the same key.</source>
        <translation>Si pierde este ordenador o se estropea, la copia de seguridad le permite seguir enviando fichas con la misma clave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy of your key on a USB stick and keep it somewhere safe, apart from this laptop. The copy is still protected by your passphrase. Then back up the backup: a second copy in another place (a colleague&apos;s safe, your office).</source>
        <translation>Guarde una copia de su clave en una memoria USB y consérvela en un lugar seguro, lejos de este ordenador. La copia sigue protegida por su frase de contraseña. Después, haga copia de la copia: una segunda en otro lugar (la caja fuerte de un colega, su oficina).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a &amp;backup of the key…</source>
        <translation>Hacer una &amp;copia de seguridad de la clave…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can do this later from the home screen (“Back up the key…”). Without a backup, a lost key means the secretariat has to register a new key for you.</source>
        <translation>Puede hacerlo más tarde desde la pantalla de inicio («Copia de seguridad de la clave…»). Sin copia, si se pierde la clave, la secretaría tendrá que registrar una nueva para usted.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cardentry: first start</source>
        <translation>cardentry: primer inicio</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/cardentry/ui/widgets.py" line="+349"/>
        <source>History: {field}</source>
        <translation>Historial: {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every saved value of “{field}”, newest first. Undo (Ctrl+Z) goes back one step.</source>
        <translation>Todos los valores guardados de «{field}», del más reciente al más antiguo. Deshacer (Ctrl+Z) retrocede un paso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved values</source>
        <translation>Valores guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No saved changes yet.</source>
        <translation>Todavía no hay cambios guardados.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../src/cardentry/ui/app.py" line="-461"/>
        <location filename="../../src/cardentry/ui/home.py" line="+140"/>
        <source>No signing key in this profile.</source>
        <translation>Este perfil no tiene clave de firma.</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/home.py" line="-99"/>
        <source>Draft, never exported</source>
        <translation>Borrador, nunca exportado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since r{revision} was exported</source>
        <translation>Modificada desde que se exportó r{revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported as r{revision}</source>
        <translation>Exportada como r{revision}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your country progress cards</source>
        <translation>Sus fichas de progreso por país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation}   (demo profile: try anything, it is not your real work)</source>
        <translation>{organisation}   (perfil de demostración: pruebe lo que quiera, no es su trabajo real)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your cards</source>
        <translation>Sus fichas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved</source>
        <translation>Último guardado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cards yet. Press “New card” to start your first one: choose the country and the cycle, then the editor guides you through the twelve indicators.</source>
        <translation>Todavía no hay fichas. Pulse «Nueva ficha» para empezar la primera: elija el país y el ciclo, y el editor le guiará por los doce indicadores.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected card (Enter)</source>
        <translation>Abrir la ficha seleccionada (Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New card…</source>
        <translation>&amp;Nueva ficha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a card for a country and cycle (Ctrl+N)</source>
        <translation>Empezar una ficha para un país y un ciclo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from this card for a new &amp;cycle…</source>
        <translation>Partir de esta ficha para un nuevo &amp;ciclo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new card for the next cycle with this card&apos;s ratings and evidence copied in as a starting point; each indicator stays marked “to review” until you change it.</source>
        <translation>Una nueva ficha para el siguiente ciclo que parte de las calificaciones y las pruebas de esta; cada indicador queda marcado «por revisar» hasta que lo modifique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your signing key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint of your signing key</source>
        <translation>Huella digital de su clave de firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every card you export is signed with this key, so the secretariat knows it comes from you. They compare this fingerprint with you by phone once.</source>
        <translation>Cada ficha que exporta se firma con esta clave, para que la secretaría sepa que procede de usted. La secretaría comprueba esta huella digital con usted por teléfono una vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the public key…</source>
        <translation>Enviar la clave pública…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the key…</source>
        <translation>Copia de seguridad de la clave…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Not backed up yet: if this laptop is lost, so is your key. Save a copy on a USB stick.</source>
        <translation>⚠ Todavía sin copia de seguridad: si pierde este ordenador, pierde también su clave. Guarde una copia en una memoria USB.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Make a card for your country and this cycle.
2. Rate the twelve indicators, with your assessment and evidence.
3. Write the summary, ranking and calls to action.
4. Export it and e-mail the file to the secretariat.

Everything is saved as you type, on this computer only.</source>
        <translation>1. Cree una ficha para su país y este ciclo.
2. Califique los doce indicadores, con su evaluación y sus pruebas.
3. Redacte el resumen, la clasificación y los llamamientos a la acción.
4. Expórtela y envíe el archivo a la secretaría por correo electrónico.

Todo se guarda mientras escribe, solo en este ordenador.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cycle {cycle}</source>
        <translation>Ciclo {cycle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} de {total} calificados</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../src/cardentry/ui/editor.py" line="-818"/>
        <source>Copied from the previous cycle&apos;s card as a starting point: check each answer; the first change you make marks this indicator as reviewed.</source>
        <translation>Copiado de la ficha del ciclo anterior como punto de partida: compruebe cada respuesta; el primer cambio que haga marca este indicador como revisado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the state is asked to do</source>
        <translation>Lo que se pide al Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to decide</source>
        <translation>Cómo decidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colour that best describes the state&apos;s action, using the guidance beside each one. Keys: 1 green, 2 yellow, 3 red, 0 not assessed (Ctrl+1, 2, 3, 0 while typing).</source>
        <translation>Elija el color que mejor describa la acción del Estado, con ayuda de las orientaciones junto a cada uno. Teclas: 1 verde, 2 amarillo, 3 rojo, 0 sin evaluar (Ctrl+1, 2, 3, 0 mientras escribe).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NGO action: NGOs undertake work on this indicator (the star)</source>
        <translation>Acción de las ONG: hay ONG que trabajan en este indicador (la estrella)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+759"/>
        <source>Your assessment</source>
        <translation>Su evaluación</translation>
    </message>
    <message>
        <location line="-765"/>
        <source>What has the state done, and what is missing? Your text is saved as you type.</source>
        <translation>¿Qué ha hecho el Estado y qué falta? Su texto se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+745"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>What should the state do next on this indicator?</source>
        <translation>¿Qué debería hacer el Estado a continuación en este indicador?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Goal {number}: {title}</source>
        <translation>Objetivo {number}: {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Useful evidence: {hint}</source>
        <translation>Pruebas útiles: {hint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous cycle ({cycle}): {rating}</source>
        <translation>Ciclo anterior ({cycle}): {rating}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rated: {rating}.</source>
        <translation>Calificación: {rating}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/app.py" line="+7"/>
        <source>cardentry: {what}</source>
        <translation>cardentry: {what}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New card…</source>
        <translation>&amp;Nueva ficha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export the card…</source>
        <translation>&amp;Exportar la ficha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to all cards</source>
        <translation>&amp;Volver a todas las fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the &amp;public key…</source>
        <translation>Enviar la clave &amp;pública…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the &amp;key…</source>
        <translation>&amp;Copia de seguridad de la clave…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History of this field…</source>
        <translation>&amp;Historial de este campo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;evidence</source>
        <translation>Añadir una &amp;prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate this indicator</source>
        <translation>&amp;Calificar este indicador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Green: significant action</source>
        <translation>&amp;Verde: acción significativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yellow: partial action</source>
        <translation>&amp;Amarillo: acción parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red: inadequate action</source>
        <translation>&amp;Rojo: acción insuficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not assessed</source>
        <translation>&amp;Sin evaluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and export</source>
        <translation>&amp;Revisar y exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages list / page</source>
        <translation>Lista de páginas / página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidance language</source>
        <translation>&amp;Idioma de las orientaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About cardentry</source>
        <translation>A&amp;cerca de cardentry</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The card could not be created</source>
        <translation>No se pudo crear la ficha</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+35"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>All changes saved</source>
        <translation>Todos los cambios están guardados</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved yet: retrying</source>
        <translation>Todavía sin guardar: reintentando</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {field}</source>
        <translation>Deshecho: {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {field}</source>
        <translation>Rehecho: {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click into a field first, then ask for its history.</source>
        <translation>Haga clic primero en un campo y luego pida su historial.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported revision {revision}: {path}</source>
        <translation>Revisión {revision} exportada: {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>None yet. Each export is kept here, read-only, and can be saved again.</source>
        <translation>Ninguna todavía. Cada exportación se conserva aquí, de solo lectura, y puede volver a guardarse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported revisions</source>
        <translation>Revisiones exportadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save again…</source>
        <translation>Guardar de nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Save revision {revision} again</source>
        <translation>Guardar de nuevo la revisión {revision}</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Write this revision again, byte for byte the same file</source>
        <translation>Volver a escribir esta revisión: exactamente el mismo archivo, byte a byte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save the file</source>
        <translation>No se pudo guardar el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved revision {revision} again: {path}</source>
        <translation>Revisión {revision} guardada de nuevo: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No signing key</source>
        <translation>No hay clave de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile has no signing key. Restore your backup with &apos;cardentry key restore&apos;.</source>
        <translation>Este perfil no tiene clave de firma. Restaure su copia de seguridad con «cardentry key restore».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send your public key</source>
        <translation>Enviar su clave pública</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your public key to the secretariat</source>
        <translation>Envíe su clave pública a la secretaría</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not back up the key</source>
        <translation>No se pudo hacer la copia de seguridad de la clave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {path}.

Keep it apart from this laptop, and make a second copy somewhere else. It is still protected by your passphrase.</source>
        <translation>Guardada en {path}.

Consérvela lejos de este ordenador y haga una segunda copia en otro lugar. Sigue protegida por su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About cardentry</source>
        <translation>Acerca de cardentry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cardentry {version}

Country progress cards on what governments do against child sex trafficking. Everything you type stays on this computer until you export a card.

Profile folder: {folder}</source>
        <translation>cardentry {version}

Fichas de progreso por país sobre lo que hacen los Gobiernos contra la trata infantil con fines de explotación sexual. Todo lo que escribe se queda en este ordenador hasta que exporte una ficha.

Carpeta del perfil: {folder}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some changes are not saved</source>
        <translation>Algunos cambios no están guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Close anyway? The unsaved changes will be lost.</source>
        <translation>{problem}

¿Cerrar de todos modos? Se perderán los cambios no guardados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk refused the last changes.</source>
        <translation>El disco ha rechazado los últimos cambios.</translation>
    </message>
</context>
<context>
    <name>NewCard</name>
    <message>
        <location filename="../../src/cardentry/ui/home.py" line="+67"/>
        <source>New card</source>
        <translation>Nueva ficha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new card</source>
        <translation>Empezar una nueva ficha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A card covers one country for one assessment cycle. You can change everything later except these two.</source>
        <translation>Una ficha abarca un país en un ciclo de evaluación. Podrá cambiarlo todo más adelante, salvo estos dos datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type part of a country&apos;s name, then choose it from the list</source>
        <translation>Escriba parte del nombre del país y elíjalo de la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a year (2012) or a range (2010-2011)</source>
        <translation>un año (2012) o un periodo (2010-2011)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from</source>
        <translation>Partir &amp;de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create the card</source>
        <translation>Crear la ficha</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An empty card</source>
        <translation>Una ficha vacía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {cycle} card ({rated} of {total} rated)</source>
        <translation>La ficha {cycle} ({rated} de {total} calificados)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>type the cycle</source>
        <translation>escriba el ciclo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a year (2012) or a range of years (2010-2011), the second year after the first</source>
        <translation>debe ser un año (2012) o un periodo (2010-2011), con el segundo año posterior al primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you already have a card for {country} {cycle}: open it from the list</source>
        <translation>ya tiene una ficha para {country} {cycle}: ábrala desde la lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ratings, texts and evidence are copied in as a starting point. Each indicator stays marked “to review” until you change something in it.</source>
        <translation>Las calificaciones, los textos y las pruebas se copian como punto de partida. Cada indicador queda marcado «por revisar» hasta que cambie algo en él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All twelve indicators start unrated.</source>
        <translation>Los doce indicadores empiezan sin calificar.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/cardentry/ui/firstrun.py" line="-487"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>Al menos 8 caracteres. Una frase corta que pueda recordar funciona bien.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Demasiado corta: falta %n carácter más.</numerusform>
            <numerusform>Demasiado corta: faltan %n caracteres más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too easy to guess. Try a short sentence of four or five words.</source>
        <translation>Demasiado fácil de adivinar. Pruebe con una frase corta de cuatro o cinco palabras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strong. Write it down and keep it somewhere safe, away from the laptop.</source>
        <translation>Sólida. Anótela y guárdela en un lugar seguro, lejos del ordenador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. A few more words would make it stronger.</source>
        <translation>Buena. Unas palabras más la harían más sólida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair. Longer is safer: add a word or two.</source>
        <translation>Aceptable. Cuanto más larga, más segura: añada una o dos palabras.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/cardentry/ui/app.py" line="+26"/>
        <source>The profile&apos;s database is damaged</source>
        <translation>La base de datos del perfil está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Set the damaged file aside (it is kept, never deleted) and restore the newest backup?</source>
        <translation>{problem}

¿Apartar el archivo dañado (se conserva, nunca se borra) y restaurar la copia de seguridad más reciente?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backup to restore</source>
        <translation>No hay ninguna copia de seguridad que restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No healthy backup was found. The damaged file was kept as {file}; a specialist may be able to rescue it.</source>
        <translation>No se ha encontrado ninguna copia de seguridad intacta. El archivo dañado se ha conservado como {file}; quizá un especialista pueda recuperarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup made {when} UTC. The damaged file was kept as {file}.</source>
        <translation>Se ha restaurado la copia de seguridad del {when} UTC. El archivo dañado se ha conservado como {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cardentry cannot open the profile</source>
        <translation>cardentry no puede abrir el perfil</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../../src/cardentry/ui/firstrun.py" line="+285"/>
        <source>Your key&apos;s fingerprint:</source>
        <translation>Huella digital de su clave:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Save the public key file (it holds no secret).
2. E-mail it to the secretariat with the text below.
3. When they call you, read them the fingerprint above to confirm it.</source>
        <translation>1. Guarde el archivo de clave pública (no contiene ningún secreto).
2. Envíelo a la secretaría por correo electrónico con el texto de abajo.
3. Cuando la secretaría le llame, léale la huella digital de arriba para confirmarla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save the public key file…</source>
        <translation>&amp;Guardar el archivo de clave pública…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail to send with the public key</source>
        <translation>Correo electrónico para enviar con la clave pública</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the e-mail text</source>
        <translation>&amp;Copiar el texto del correo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the attached .cpckey.json file</source>
        <translation>el archivo .cpckey.json adjunto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the public key file</source>
        <translation>Guardar el archivo de clave pública</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key (*.cpckey.json)</source>
        <translation>Clave pública (*.cpckey.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+84"/>
        <source>Could not save it: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+87"/>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>PublicKeyEmail</name>
    <message>
        <location line="-445"/>
        <source>Public key of {organisation} for country progress cards</source>
        <translation>Clave pública de {organisation} para las fichas de progreso por país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>our country</source>
        <translation>nuestro país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear colleagues at the secretariat,

Please find attached the public key of {organisation} ({file}). We will sign the country progress cards we send you for {countries} with it.

Its fingerprint is: {fingerprint}

Please call us to compare the fingerprint before you trust the key.

Best regards,
{organisation}</source>
        <translation>Estimadas y estimados colegas de la secretaría:

Les enviamos adjunta la clave pública de {organisation} ({file}). Con ella firmaremos las fichas de progreso por país que les enviemos para {countries}.

Su huella digital es: {fingerprint}

Les rogamos que nos llamen para comparar la huella digital antes de dar por fiable la clave.

Un cordial saludo,
{organisation}</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../src/cardentry/ui/editor.py" line="+73"/>
        <source>Taking all twelve indicators together, where does the state stand? The secretariat uses this ranking to compare countries.</source>
        <translation>Considerando los doce indicadores en conjunto, ¿en qué situación está el Estado? La secretaría usa esta clasificación para comparar países.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the ranking</source>
        <translation>Borrar la clasificación</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../src/cardentry/ui/widgets.py" line="-360"/>
        <source>Green: significant action</source>
        <translation>Verde: acción significativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow: partial action</source>
        <translation>Amarillo: acción parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red: inadequate action</source>
        <translation>Rojo: acción insuficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Todavía sin evaluar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>{rating}. Shortcut: {key} (Ctrl+{key} while typing in a text box)</source>
        <translation>{rating}. Atajo: {key} (Ctrl+{key} mientras escribe en un cuadro de texto)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave it open while you are still researching. Every indicator needs a rating before the card is final.</source>
        <translation>Déjelo abierto mientras siga investigando. Cada indicador necesita una calificación antes de que la ficha sea definitiva.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/cardentry/ui/editor.py" line="+107"/>
        <source>Each line below is something missing or to fix. Double-click a line, or select it and press Enter, to go to the field. You can export a card that still has gaps (the secretariat sees them), but not one with invalid values.</source>
        <translation>Cada línea de abajo es algo que falta o que hay que corregir. Haga doble clic en una línea, o selecciónela y pulse Intro, para ir al campo. Puede exportar una ficha con lagunas (la secretaría las verá), pero no una con valores no válidos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Things missing or to fix</source>
        <translation>Lo que falta o hay que corregir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export the card…</source>
        <translation>&amp;Exportar la ficha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the card and save it as a file to e-mail to the secretariat (Ctrl+Shift+E)</source>
        <translation>Firmar la ficha y guardarla en un archivo para enviarlo a la secretaría por correo electrónico (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported revisions</source>
        <translation>Revisiones exportadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rated} of {total} indicators rated</source>
        <translation>{rated} de {total} indicadores calificados</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problema que corregir</numerusform>
            <numerusform>%n problemas que corregir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing invalid</source>
        <translation>ningún valor no válido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s) missing</source>
        <translation>
            <numerusform>falta %n elemento</numerusform>
            <numerusform>faltan %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing missing</source>
        <translation>no falta nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix: {problem}</source>
        <translation>Corregir: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: {problem}</source>
        <translation>Falta: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything is filled in. The card is ready to export.</source>
        <translation>Todo está completo. La ficha está lista para exportarse.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/cardentry/ui/settings.py" line="+26"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (as the system: {language})</source>
        <translation>Automático (como el sistema: {language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus, buttons and messages, and the guidance of the indicators. The new language applies the next time you start cardentry. Cards are stored and exported the same way in every language.</source>
        <translation>Menús, botones y mensajes, y las orientaciones de los indicadores. El nuevo idioma se aplica la próxima vez que inicie cardentry. Las fichas se guardan y se exportan igual en todos los idiomas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/cardentry/ui/app.py" line="-710"/>
        <source>Rate the indicator green, yellow, red, or not assessed (not inside a text box)</source>
        <translation>Calificar el indicador en verde, amarillo, rojo o sin evaluar (fuera de un cuadro de texto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same, anywhere on an indicator page</source>
        <translation>Lo mismo, en cualquier lugar de la página de un indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous page</source>
        <translation>Página siguiente / anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the list of pages and the page</source>
        <translation>Pasar de la lista de páginas a la página, y viceversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field on the page</source>
        <translation>Campo siguiente / anterior de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence</source>
        <translation>Añadir una prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected evidence up / down</source>
        <translation>Subir / bajar la prueba seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo (saved edits of the card)</source>
        <translation>Deshacer / rehacer (cambios guardados de la ficha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the field you are in</source>
        <translation>Historial del campo en el que está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the card</source>
        <translation>Exportar la ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all cards</source>
        <translation>Volver a todas las fichas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>Nueva ficha</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/cardentry/ui/editor.py" line="-232"/>
        <source>Sum up in a few paragraphs what the state has done against child sex trafficking since the last cycle, the most important gaps, and where NGOs fill them. This opens the published country card.</source>
        <translation>Resuma en unos párrafos lo que ha hecho el Estado contra la trata infantil con fines de explotación sexual desde el último ciclo, las carencias más importantes y dónde las cubren las ONG. Este texto abre la ficha del país publicada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall summary. Saved as you type.</source>
        <translation>Resumen general. Se guarda mientras escribe.</translation>
    </message>
</context>
</TS>
