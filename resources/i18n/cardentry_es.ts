<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/common/appwindow.py" line="+133"/>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+496"/>
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
        <location line="-435"/>
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
        <location line="+13"/>
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
        <location line="+24"/>
        <location line="+671"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="-58"/>
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
        <location line="+75"/>
        <location line="+75"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Página anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Página siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location line="+57"/>
        <location line="+2"/>
        <location line="+26"/>
        <source>a change to the card</source>
        <translation>un cambio en la ficha</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Rating of {indicator}</source>
        <translation>Calificación de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO action (star) of {indicator}</source>
        <translation>Acción de las ONG (estrella) de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment of {indicator}</source>
        <translation>Evaluación de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation of {indicator}</source>
        <translation>Recomendación de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence kind of {indicator}</source>
        <translation>Tipo de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence title of {indicator}</source>
        <translation>Título de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence source of {indicator}</source>
        <translation>Fuente de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence link of {indicator}</source>
        <translation>Enlace de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence date of {indicator}</source>
        <translation>Fecha de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence note of {indicator}</source>
        <translation>Nota de la prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the evidence of {indicator}</source>
        <translation>Orden de las pruebas de {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence “{title}” of {indicator}</source>
        <translation>Prueba «{title}» de {indicator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An evidence item of {indicator}</source>
        <translation>Una prueba de {indicator}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{rating}, {status} · NGO action ★</source>
        <translation>{rating}, {status} · acción de las ONG ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating}, {status}</source>
        <translation>{rating}, {status}</translation>
    </message>
    <message>
        <location line="+58"/>
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
    <name>Countries</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="+187"/>
        <source>Type to find a country; Enter ticks it</source>
        <translation>Escriba para encontrar un país; Intro lo marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks the selected country</source>
        <translation>La barra espaciadora marca el país seleccionado</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/cardentry/ui/partner/home.py" line="+443"/>
        <source>No country matches “{text}”.</source>
        <translation>Ningún país coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/cardentry/ui/common/errors.py" line="+41"/>
        <source>Something went wrong ({kind}). What you were doing may not have finished.</source>
        <translation>Algo salió mal ({kind}). Es posible que lo que estaba haciendo no haya terminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong ({kind}). What you were doing may not have finished.

The details are in the log file:
{path}
Please send it to whoever helps you with cardentry.</source>
        <translation>Algo salió mal ({kind}). Es posible que lo que estaba haciendo no haya terminado.

Los detalles están en el archivo de registro:
{path}
Envíelo a quien le ayuda con cardentry.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cardentry</source>
        <translation>cardentry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-32"/>
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
        <location filename="../../src/cardentry/ui/partner/evidence.py" line="+61"/>
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
        <location line="+3"/>
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
        <location line="+16"/>
        <source>&amp;Internal: stays on this computer</source>
        <translation>&amp;Interna: se queda en este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internal item is never exported, sealed or not: only you see it. For sources who could be at risk, or notes for your own team.</source>
        <translation>Una prueba interna nunca se exporta, esté sellada o no: solo usted la ve. Para fuentes que podrían estar en peligro, o notas para su propio equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an item to edit it, or add one. Titles are required; links and dates are checked as you type.</source>
        <translation>Seleccione una prueba para editarla, o añada una. El título es obligatorio; los enlaces y las fechas se comprueban mientras escribe.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>(no title yet)</source>
        <translation>(todavía sin título)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal: stays on this computer</source>
        <translation>Interna: se queda en este ordenador</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Needs fixing: {problems}</source>
        <translation>Hay que corregir: {problems}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This item stays on this computer: it is never exported.</source>
        <translation>Esta prueba se queda en este ordenador: nunca se exporta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is exported with the card again.</source>
        <translation>Esta prueba vuelve a exportarse con la ficha.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../src/cardentry/ui/partner/export.py" line="+212"/>
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
        <location line="+7"/>
        <source>Missing: {problem}</source>
        <translation>Falta: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+4"/>
        <source>Nothing has changed since revision {revision}: this export would send the same card again as revision {next}. You can still export it, for example if the e-mail was lost; or close this window and use “Save again” on the review page.</source>
        <translation>Nada ha cambiado desde la revisión {revision}: esta exportación enviaría de nuevo la misma ficha como revisión {next}. Puede exportarla igualmente, por ejemplo si el correo se perdió; o cierre esta ventana y use «Guardar de nuevo» en la página de revisión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase of your signing key</source>
        <translation>la frase de contraseña de su clave de firma</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+79"/>
        <source>P&amp;lain: anyone who sees the file or the e-mail can read it</source>
        <translation>Sin se&amp;llar: cualquiera que vea el archivo o el correo puede leerlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Only {secretariat} can read this file (sealed)</source>
        <translation>S&amp;olo {secretariat} puede leer este archivo (sellado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sealed: anyone who sees the file or the e-mail can read the card. To seal it so that only the secretariat can read it, accept the secretariat&apos;s network key (File, Network key).</source>
        <translation>Sin sellar: cualquiera que vea el archivo o el correo puede leer la ficha. Para sellarla de modo que solo la secretaría pueda leerla, acepte la clave de la red de la secretaría (Archivo, Clave de la red).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n internal evidence item(s) stay on this computer.</source>
        <translation>
            <numerusform>%n prueba interna se queda en este ordenador.</numerusform>
            <numerusform>%n pruebas internas se quedan en este ordenador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The internal notes of %n indicator(s) stay on this computer.</source>
        <translation>
            <numerusform>Las notas internas de %n indicador se quedan en este ordenador.</numerusform>
            <numerusform>Las notas internas de %n indicadores se quedan en este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File name: {file}</source>
        <translation>Nombre del archivo: {file}</translation>
    </message>
    <message>
        <location line="-122"/>
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
        <location line="-287"/>
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
        <location line="+3"/>
        <source>Subject copied: paste it into your e-mail.</source>
        <translation>Asunto copiado: péguelo en su correo electrónico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text copied: paste it into your e-mail.</source>
        <translation>Texto copiado: péguelo en su correo electrónico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>E-mail for revision {revision}</source>
        <translation>Correo electrónico de la revisión {revision}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail the file {file} to the secretariat, with this text:</source>
        <translation>Envíe el archivo {file} a la secretaría por correo electrónico, con este texto:</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Folder for the exported card</source>
        <translation>Carpeta para la ficha exportada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>Escriba la frase de contraseña de su clave de firma.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open your key. Try again.</source>
        <translation>Esa frase de contraseña no abre su clave. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card cannot be exported: {problems}</source>
        <translation>La ficha no se puede exportar: {problems}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the file: {reason}. Choose another folder.</source>
        <translation>No se pudo escribir el archivo: {reason}. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revision {revision} is signed and saved</source>
        <translation>La revisión {revision} está firmada y guardada</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>ExportEmail</name>
    <message>
        <location line="-67"/>
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
    <name>Feedback</name>
    <message>
        <location filename="../../src/cardentry/ui/common/feedback.py" line="+10"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{status} by {secretariat}</source>
        <translation>{status} por {secretariat}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, 1 comment</source>
        <translation>, 1 comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {count} comments</source>
        <translation>, {count} comentarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} to {organisation} (r{revision})</source>
        <translation>{status} a {organisation} (r{revision})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not signed by your secretariat&apos;s network key</source>
        <translation>no está firmado con la clave de red de su secretaría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was changed after the secretariat signed it</source>
        <translation>fue modificado después de que la secretaría lo firmara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a valid feedback</source>
        <translation>no es una respuesta válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it answers a card that is not one of yours</source>
        <translation>responde a una ficha que no es suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it answers a revision you never exported</source>
        <translation>responde a una revisión que usted nunca exportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is sealed to another key than yours</source>
        <translation>está sellado para otra clave que no es la suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not open: damaged on its way</source>
        <translation>no se abre: dañado por el camino</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: imported</source>
        <translation>{file}: importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: already imported</source>
        <translation>{file}: ya importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not imported, {reason}</source>
        <translation>{file}: no importado, {reason}</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/partner/window.py" line="+707"/>
        <location line="+18"/>
        <source>Sealed feedback</source>
        <translation>Respuesta sellada</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The feedback is sealed to you. Your passphrase opens it:</source>
        <translation>La respuesta está sellada para usted. Su frase de contraseña la abre:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file}: cannot be read</source>
        <translation>{file}: no se puede leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback from the secretariat</source>
        <translation>Respuesta de la secretaría</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="+519"/>
        <location filename="../../src/cardentry/ui/partner/window.py" line="-135"/>
        <source>Where to save the key backup (a USB stick)</source>
        <translation>Dónde guardar la copia de seguridad de la clave (una memoria USB)</translation>
    </message>
    <message>
        <location line="-408"/>
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
        <location line="+41"/>
        <source>Your organisation</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>This is written into every card you send, so the secretariat knows who it is from.</source>
        <translation>Figura en cada ficha que envíe, para que la secretaría sepa de quién procede.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>e.g. ECPAT Foundation Thailand</source>
        <translation>p. ej., ECPAT Foundation Thailand</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>optional: where the secretariat can reach you</source>
        <translation>opcional: dónde puede contactarle la secretaría</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries you cover</source>
        <translation>Países que cubre su organización</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+27"/>
        <source>The secretariat</source>
        <translation>La secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s name is shown on the reports and country cards you publish. You can still go back and choose the partner role.</source>
        <translation>El nombre de la red figura en los informes y las fichas de país que publica. Aún puede volver atrás y elegir el papel de socio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. ECPAT International</source>
        <translation>p. ej. ECPAT International</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where partners can reach you</source>
        <translation>opcional: dónde pueden contactarle los socios</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+124"/>
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
        <location line="+43"/>
        <source>The secretariat&apos;s network key</source>
        <translation>La clave de la red de la secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With it, only the secretariat can read the cards you send. You can also do this later (File, Network key).</source>
        <translation>Con ella, solo la secretaría puede leer las fichas que envía. También puede hacerlo más tarde (Archivo, Clave de la red).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cardentry: first start</source>
        <translation>cardentry: primer inicio</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="+272"/>
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
        <location filename="../../src/cardentry/ui/partner/home.py" line="-287"/>
        <location filename="../../src/cardentry/ui/partner/window.py" line="-489"/>
        <source>No signing key in this profile.</source>
        <translation>Este perfil no tiene clave de firma.</translation>
    </message>
    <message>
        <location line="-100"/>
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
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Respuesta</translation>
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
        <location line="+39"/>
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
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-990"/>
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
        <location line="+17"/>
        <source>The secretariat&apos;s comment</source>
        <translation>El comentario de la secretaría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NGO action: NGOs undertake work on this indicator (the star)</source>
        <translation>Acción de las ONG: hay ONG que trabajan en este indicador (la estrella)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+920"/>
        <source>Your assessment</source>
        <translation>Su evaluación</translation>
    </message>
    <message>
        <location line="-926"/>
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
        <location line="+906"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="-909"/>
        <source>What should the state do next on this indicator?</source>
        <translation>¿Qué debería hacer el Estado a continuación en este indicador?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stays on this computer: never exported, sealed or not. For your own team only.</source>
        <translation>Se queda en este ordenador: nunca se exporta, esté sellado o no. Solo para su propio equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts, sources to protect, what to check next…</source>
        <translation>Contactos, fuentes que proteger, qué comprobar después…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+889"/>
        <source>Internal notes (stay on this computer)</source>
        <translation>Notas internas (se quedan en este ordenador)</translation>
    </message>
    <message>
        <location line="-878"/>
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
        <location line="+24"/>
        <source>{status} by {secretariat} (revision {revision})</source>
        <translation>{status} por {secretariat} (revisión {revision})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published rating: {published} · yours: {own}</source>
        <translation>Calificación publicada: {published} · la suya: {own}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rated: {rating}.</source>
        <translation>Calificación: {rating}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/window.py" line="+7"/>
        <source>cardentry: {what}</source>
        <translation>cardentry: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Net&amp;work key…</source>
        <translation>Clave de la &amp;red…</translation>
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
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About cardentry</source>
        <translation>A&amp;cerca de cardentry</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The card could not be created</source>
        <translation>No se pudo crear la ficha</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+16"/>
        <source>Click into a field first, then ask for its history.</source>
        <translation>Haga clic primero en un campo y luego pida su historial.</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+12"/>
        <source>Save again…</source>
        <translation>Guardar de nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Save revision {revision} again</source>
        <translation>Guardar de nuevo la revisión {revision}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Write this revision again, byte for byte the same file</source>
        <translation>Volver a escribir esta revisión: exactamente el mismo archivo, byte a byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail text…</source>
        <translation>Texto del correo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail text of revision {revision}</source>
        <translation>Texto del correo de la revisión {revision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show again the e-mail to send with this file</source>
        <translation>Mostrar de nuevo el correo que se envía con este archivo</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+39"/>
        <source>Could not back up the key</source>
        <translation>No se pudo hacer la copia de seguridad de la clave</translation>
    </message>
    <message>
        <location line="-8"/>
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
        <location line="+18"/>
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
        <location line="+19"/>
        <source>About cardentry</source>
        <translation>Acerca de cardentry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cardentry {version}

Country progress cards on what governments do against child sex trafficking. Everything you type stays on this computer until you export a card.

Profile folder: {folder}</source>
        <translation>cardentry {version}

Fichas de progreso por país sobre lo que hacen los Gobiernos contra la trata infantil con fines de explotación sexual. Todo lo que escribe se queda en este ordenador hasta que exporte una ficha.

Carpeta del perfil: {folder}</translation>
    </message>
    <message>
        <location line="+96"/>
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
    <name>NetworkKey</name>
    <message>
        <location filename="../../src/cardentry/ui/common/network_key.py" line="+51"/>
        <source>With the secretariat&apos;s network key, every card you export is sealed: only the secretariat can read it, even if someone else sees the e-mail. The secretariat sends you its network key file (.cpcnet.json) once.</source>
        <translation>Con la clave de la red de la secretaría, cada ficha que exporta queda sellada: solo la secretaría puede leerla, aunque otra persona vea el correo. La secretaría le envía una vez su archivo de clave de la red (.cpcnet.json).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose the network key file…</source>
        <translation>&amp;Elegir el archivo de clave de la red…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secretariat read me the &amp;same fingerprint on the phone</source>
        <translation>La secretaría me leyó la &amp;misma huella digital por teléfono</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept this key</source>
        <translation>&amp;Aceptar esta clave</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secretariat&apos;s network key file</source>
        <translation>El archivo de clave de la red de la secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network key files (*.cpcnet.json);;All files (*)</source>
        <translation>Archivos de clave de la red (*.cpcnet.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No network key is accepted yet: your exports are not sealed.</source>
        <translation>Todavía no se ha aceptado ninguna clave de la red: sus exportaciones no están selladas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted: {secretariat}, fingerprint {fingerprint}. Your exports are sealed.</source>
        <translation>Aceptada: {secretariat}, huella digital {fingerprint}. Sus exportaciones están selladas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a valid network key file: {reason}</source>
        <translation>No es un archivo de clave de la red válido: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Huella digital {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the secretariat on a number you already know (not one from the e-mail) and ask them to read their fingerprint. Accept only if it is exactly the one above.</source>
        <translation>Llame a la secretaría a un número que ya conozca (no uno que venga en el correo) y pídale que le lea su huella digital. Acepte solo si es exactamente la de arriba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Careful: this is another key than the one you accepted. Accept it only if the secretariat told you it changed, and read you exactly the fingerprint above.</source>
        <translation>Cuidado: es una clave distinta de la que aceptó. Acéptela solo si la secretaría le dijo que había cambiado y le leyó exactamente la huella digital de arriba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the secretariat&apos;s new sealing key, signed by the key you accepted: no phone check is needed.</source>
        <translation>Es la nueva clave de sellado de la secretaría, firmada por la clave que usted aceptó: no hace falta comprobarla por teléfono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This network key is already accepted.</source>
        <translation>Esta clave de la red ya está aceptada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is older than the network key you accepted; it cannot replace it.</source>
        <translation>Este archivo es más antiguo que la clave de la red que aceptó; no puede sustituirla.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Accepted. Your exports are now sealed: only {secretariat} can read them.</source>
        <translation>Aceptada. Sus exportaciones ahora están selladas: solo {secretariat} puede leerlas.</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/partner/network.py" line="+21"/>
        <location line="+2"/>
        <source>The secretariat&apos;s network key</source>
        <translation>La clave de la red de la secretaría</translation>
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
        <translation>Claves de la red</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Partners seal their cards to this secretariat&apos;s network key, so that nobody else can read them on their way. Make the keys once, save the network key file and send it to every partner; they compare its fingerprint with you by phone.</source>
        <translation>Las organizaciones asociadas sellan sus fichas con la clave de la red de esta secretaría, para que nadie más pueda leerlas por el camino. Cree las claves una vez, guarde el archivo de clave de la red y envíelo a cada organización asociada; comparan su huella digital con usted por teléfono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Make the network keys…</source>
        <translation>&amp;Crear las claves de la red…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the network key file…</source>
        <translation>&amp;Guardar el archivo de clave de la red…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the network keys…</source>
        <translation>Hacer una copia de &amp;seguridad de las claves de la red…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept &amp;sealed files only (plain bundles are rejected as not sealed)</source>
        <translation>Aceptar solo archivos &amp;sellados (los paquetes sin sellar se rechazan)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new passphrase for the network keys (at least 8 characters):</source>
        <translation>Una nueva frase de contraseña para las claves de la red (al menos 8 caracteres):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the network keys:</source>
        <translation>Frase de contraseña de las claves de la red:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the network key file</source>
        <translation>Guardar el archivo de clave de la red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network key files (*.cpcnet.json)</source>
        <translation>Archivos de clave de la red (*.cpcnet.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where to save the backup (a USB stick)</source>
        <translation>Dónde guardar la copia de seguridad (una memoria USB)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No network keys yet: partners cannot seal their cards for you.</source>
        <translation>Todavía no hay claves de la red: las organizaciones asociadas no pueden sellar sus fichas para usted.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Signing fingerprint (partners compare it by phone); sealing key {sealing}, %n retired key(s) kept to open older files:</source>
        <translation>
            <numerusform>Huella digital de firma (las organizaciones asociadas la comparan por teléfono); clave de sellado {sealing}, %n clave retirada conservada para abrir archivos más antiguos:</numerusform>
            <numerusform>Huella digital de firma (las organizaciones asociadas la comparan por teléfono); clave de sellado {sealing}, %n claves retiradas conservadas para abrir archivos más antiguos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the network keys now, onto a USB stick kept apart from this computer. If the sealing key is lost, no sealed card can ever be read again, by anyone.</source>
        <translation>Haga ahora una copia de seguridad de las claves de la red, en una memoria USB guardada lejos de este ordenador. Si se pierde la clave de sellado, ninguna ficha sellada podrá volver a leerse nunca, por nadie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase does not open the network keys.</source>
        <translation>Esa frase de contraseña no abre las claves de la red.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The network keys are made.</source>
        <translation>Las claves de la red están creadas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved: {path}. Send it to every partner; they compare the fingerprint by phone.</source>
        <translation>Guardado: {path}. Envíelo a cada organización asociada; comparan la huella digital por teléfono.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backed up: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
</context>
<context>
    <name>NewCard</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/home.py" line="+96"/>
        <source>New card</source>
        <translation>Nueva ficha</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+13"/>
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
        <location line="+11"/>
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
        <location line="+58"/>
        <source>An empty card</source>
        <translation>Una ficha vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {cycle} card as the secretariat published it</source>
        <translation>La ficha {cycle} tal como la publicó la secretaría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {cycle} card ({rated} of {total} rated)</source>
        <translation>La ficha {cycle} ({rated} de {total} calificados)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>type the cycle</source>
        <translation>escriba el ciclo</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>The ratings and ranking the secretariat published are copied in, with your texts and evidence. Each indicator stays marked “to review” until you change something in it.</source>
        <translation>Se copian las calificaciones y la clasificación publicadas por la secretaría, con sus textos y pruebas. Cada indicador queda marcado «por revisar» hasta que cambie algo en él.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>Numbers</name>
    <message>
        <location filename="../../src/cardentry/ui/common/i18n.py" line="+206"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{change} pts</source>
        <translation>{change}&#xa0;p.&#xa0;p.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/cardentry/ui/common/opening.py" line="+29"/>
        <source>Cannot read {file}: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is sealed: only the secretariat holding the key {recipient} can open it and check the card inside. Send it as it is.</source>
        <translation>{file} está sellado: solo la secretaría que tiene la clave {recipient} puede abrirlo y comprobar la ficha que contiene. Envíelo tal cual.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a valid bundle ({reason}): {detail}</source>
        <translation>{file} no es un paquete válido ({reason}): {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is intact: signed by {organisation} (key {fingerprint}) for {country}, cycle {cycle}, revision {revision}, exported {exported_at}.</source>
        <translation>{file} está intacto: firmado por {organisation} (clave {fingerprint}) para {country}, ciclo {cycle}, revisión {revision}, exportado el {exported_at}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle check</source>
        <translation>Comprobación del paquete</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="-520"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>Al menos 8 caracteres. Una frase corta que pueda recordar funciona bien.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
    <name>Problems</name>
    <message>
        <location filename="../../src/cardentry/ui/common/messages.py" line="+26"/>
        <source>a title is needed (what the document or source is called)</source>
        <translation>hace falta un título (el nombre del documento o de la fuente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a kind</source>
        <translation>elija un tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid</source>
        <translation>no es válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must start with http:// or https://</source>
        <translation>debe empezar por http:// o https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not contain spaces (write %20 for a space)</source>
        <translation>no debe contener espacios (escriba %20 en lugar de un espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>debe ser una fecha con la forma AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a UUID in lowercase canonical form</source>
        <translation>debe ser un UUID en minúsculas, en su forma canónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a UTC time as YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>debe ser una hora UTC con la forma AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a year (2012) or a year range (2010-2011)</source>
        <translation>debe ser un año (2012) o un periodo de años (2010-2011)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second year of a cycle must be after the first</source>
        <translation>el segundo año de un ciclo debe ser posterior al primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an assigned ISO 3166-1 alpha-3 code in upper case, e.g. THA</source>
        <translation>debe ser un código ISO 3166-1 alfa-3 asignado, en mayúsculas, por ejemplo THA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a public key file (far too large)</source>
        <translation>no es un archivo de clave pública (demasiado grande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the public key is not 32 bytes of standard base64</source>
        <translation>la clave pública no son 32 bytes en base64 estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key_id does not match the public key</source>
        <translation>el key_id no corresponde a la clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give at least one country, or none at all for any country</source>
        <translation>indique al menos un país, o ninguno para cualquier país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a real date</source>
        <translation>{value} no es una fecha que exista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than {count} characters</source>
        <translation>supera los {count} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains the control character U+{code}; remove it</source>
        <translation>contiene el carácter de control U+{code}; elimínelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains an invalid character (U+{code})</source>
        <translation>contiene un carácter no válido (U+{code})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a public key file (not JSON: {reason})</source>
        <translation>no es un archivo de clave pública (no es JSON: {reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a public key file (format must be {format})</source>
        <translation>no es un archivo de clave pública (el formato debe ser {format})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key {fingerprint} ({organisation}) was revoked on {date}; it cannot be trusted again. Ask the partner for a new key.</source>
        <translation>la clave {fingerprint} ({organisation}) se revocó el {date}; no se puede volver a confiar en ella. Pida una clave nueva al socio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{code} is not an ISO 3166-1 alpha-3 country code</source>
        <translation>{code} no es un código de país ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>el enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>write the date as year-month-day: {iso} for {date}</source>
        <translation>escriba la fecha como año-mes-día: {iso} para el {date}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/cardentry/ui/launcher.py" line="+56"/>
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
        <location line="+23"/>
        <source>cardentry cannot open the profile</source>
        <translation>cardentry no puede abrir el perfil</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../../src/cardentry/ui/common/firstrun.py" line="+280"/>
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
        <location line="+11"/>
        <location line="+86"/>
        <source>Could not save it: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>PublicKeyEmail</name>
    <message>
        <location line="-444"/>
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
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+69"/>
        <source>Taking all twelve indicators together, where does the state stand? The secretariat uses this ranking to compare countries.</source>
        <translation>Considerando los doce indicadores en conjunto, ¿en qué situación está el Estado? La secretaría usa esta clasificación para comparar países.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clear the ranking</source>
        <translation>Borrar la clasificación</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../src/cardentry/ui/common/widgets.py" line="-499"/>
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
        <location line="+382"/>
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
    <name>Review</name>
    <message>
        <location filename="../../src/cardentry/ui/common/messages.py" line="-95"/>
        <source>{title}: not rated yet</source>
        <translation>{title}: todavía sin calificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: no assessment written yet</source>
        <translation>{title}: todavía no hay evaluación escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: the assessment {problem}</source>
        <translation>{title}: la evaluación {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: the recommendation {problem}</source>
        <translation>{title}: la recomendación {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence “{name}”: {member} {problem}</source>
        <translation>{title}, prueba «{name}»: {member} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence item {number}: {member} {problem}</source>
        <translation>{title}, prueba {number}: {member} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence “{name}”: {problem}</source>
        <translation>{title}, prueba «{name}»: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, evidence item {number}: {problem}</source>
        <translation>{title}, prueba {number}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall summary: not written yet</source>
        <translation>Resumen general: todavía no escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall summary {problem}</source>
        <translation>El resumen general {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking: not chosen yet</source>
        <translation>Clasificación: todavía no elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: none written yet</source>
        <translation>Llamamientos a la acción: todavía ninguno escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: at most {limit} calls to action (there are {count})</source>
        <translation>Llamamientos a la acción: {limit} como máximo (hay {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: call {number} is longer than 2,000 characters</source>
        <translation>Llamamientos a la acción: el llamamiento {number} supera los 2000 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action: call {number} {problem}</source>
        <translation>Llamamientos a la acción: el llamamiento {number} {problem}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/cardentry/ui/partner/editor.py" line="+103"/>
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
        <location line="+3"/>
        <source>The secretariat&apos;s comments not yet answered</source>
        <translation>Los comentarios de la secretaría aún sin respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+13"/>
        <source>{indicator}: {comment}</source>
        <translation>{indicator}: {comment}</translation>
    </message>
</context>
<context>
    <name>SecretariatChart</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/chart.py" line="+42"/>
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
        <location line="+1"/>
        <source>Slow progress</source>
        <translation>Avances lentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited measures</source>
        <translation>Medidas limitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some progress</source>
        <translation>Algunos avances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable efforts</source>
        <translation>Esfuerzos notables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{title}, {cycle}: {values}</source>
        <translation>{title}, {cycle}: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {baseline}: {values}</source>
        <translation>; {baseline}: {values}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; change: {changes}</source>
        <translation>; variación: {changes}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; NGO action (star) in %n</source>
        <translation>
            <numerusform>; acción de las ONG (estrella) en %n país</numerusform>
            <numerusform>; acción de las ONG (estrella) en %n países</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+165"/>
        <source>Overall ranking</source>
        <translation>Clasificación general</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Overview chart</source>
        <translation>Gráfico del panorama general</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No figures yet: import cards and settle disagreements.</source>
        <translation>Todavía no hay cifras: importe fichas y resuelva las discrepancias.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Since {baseline}, points</source>
        <translation>Desde {baseline}, en puntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thick bar: {cycle}; thin bar below it: {baseline}. Shares of the countries with a resolved card.</source>
        <translation>Barra gruesa: {cycle}; barra fina debajo: {baseline}. Porcentaje de los países con la ficha resuelta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thick bar: {cycle}. Shares of the countries with a resolved card.</source>
        <translation>Barra gruesa: {cycle}. Porcentaje de los países con la ficha resuelta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Goal {number}</source>
        <translation>Objetivo {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall ranking: {rankings}</source>
        <translation>Clasificación general: {rankings}</translation>
    </message>
</context>
<context>
    <name>SecretariatCountry</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/country.py" line="+91"/>
        <location line="+43"/>
        <location line="+221"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Settle: {title}</source>
        <translation>Resolver: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The partners gave:
{lines}</source>
        <translation>Valores indicados por las organizaciones asociadas:
{lines}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What {organisation} wrote</source>
        <translation>Lo que escribió {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{organisation}: {value}</source>
        <translation>{organisation}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none given)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish:</source>
        <translation>Publicar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value}   (given by {organisations})</source>
        <translation>{value}   (según {organisations})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why (kept with the decision and shown to whoever reads the card&apos;s history):</source>
        <translation>Por qué (se guarda con la decisión y se muestra a quien consulte el historial de la ficha):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Checked with both partners on 3 March: the law was passed in 2011.</source>
        <translation>p. ej., Comprobado con ambas organizaciones asociadas el 3 de marzo: la ley se aprobó en 2011.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a partner later sends a revision that changes its value, the decision is reopened.</source>
        <translation>Si más adelante una organización asociada envía una revisión que cambia su valor, la decisión se reabre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settle</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To settle: choose the value to publish, then write why.</source>
        <translation>Para decidir: elija el valor que se publica y escriba por qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To settle: write why (a reason is needed and kept).</source>
        <translation>Para decidir: escriba por qué (hace falta un motivo, que se conserva).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Settle…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{star} NGO action</source>
        <translation>{star} Acción de las ONG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work undertaken by NGOs (given by {organisations})</source>
        <translation>Trabajo realizado por las ONG (según {organisations})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners disagree: {values}</source>
        <translation>Las organizaciones asociadas discrepan: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator}: partners disagree</source>
        <translation>{indicator}: las organizaciones asociadas discrepan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decided by the secretariat</source>
        <translation>Decidido por la secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided {time}: {reason}</source>
        <translation>Decidido el {time}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only {organisation} rated</source>
        <translation>Solo {organisation} ha calificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners agree</source>
        <translation>Las organizaciones asociadas coinciden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Goal {number}: {title}</source>
        <translation>Objetivo {number}: {title}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+204"/>
        <source>Country cards</source>
        <translation>Fichas por país</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Feedback to partners…</source>
        <translation>&amp;Respuesta a los socios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a partner on its card: changes requested, accepted or published, with a comment per indicator; signed and sealed to the partner</source>
        <translation>Responder a un socio sobre su ficha: cambios solicitados, aceptada o publicada, con un comentario por indicador; firmado y sellado para el socio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the card as published, as a {format} file</source>
        <translation>Guardar la ficha tal como se publica, en un archivo {format}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settle the ranking…</source>
        <translation>Resolver la clasificación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green: significant action (filled disc) · Yellow: partial action (half disc) · Red: inadequate action (ring) · Not assessed (dashed) · {star}: work undertaken by NGOs</source>
        <translation>Verde: acción significativa (círculo lleno) · Amarillo: acción parcial (medio círculo) · Rojo: acción insuficiente (anillo) · Sin evaluar (línea discontinua) · {star}: trabajo realizado por las ONG</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+201"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Each partner&apos;s values side by side</source>
        <translation>Los valores de cada organización asociada, en paralelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No card to show yet: import partners&apos; bundles, and trust their keys.</source>
        <translation>Todavía no hay ninguna ficha que mostrar: importe los paquetes de las organizaciones asociadas y dé por fiables sus claves.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner&apos;s card</source>
        <translation>Ficha de la organización asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner:</source>
        <translation>Organización asociada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From revision</source>
        <translation>Revisión inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To revision</source>
        <translation>Revisión final</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed from</source>
        <translation>Qué cambió entre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed between the two revisions</source>
        <translation>Qué cambió entre las dos revisiones</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{country}: progress card {cycle}</source>
        <translation>{country}: ficha de progreso {cycle}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n disagreement(s) to settle: the country is left out of the figures until then.</source>
        <translation>
            <numerusform>%n discrepancia por resolver: hasta entonces, el país queda fuera de las cifras.</numerusform>
            <numerusform>%n discrepancias por resolver: hasta entonces, el país queda fuera de las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved: the card counts in the figures.</source>
        <translation>Resuelta: la ficha cuenta en las cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners: {partners}. {state}</source>
        <translation>Organizaciones asociadas: {partners}. {state}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall ranking: partners disagree ({values})</source>
        <translation>Clasificación general: las organizaciones asociadas discrepan ({values})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{ranking} (decided by the secretariat)</source>
        <translation>{ranking} (decidido por la secretaría)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall ranking: {ranking}</source>
        <translation>Clasificación general: {ranking}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{organisation}: %n revision(s), r{revision} current</source>
        <translation>
            <numerusform>{organisation}: %n revisión, r{revision} vigente</numerusform>
            <numerusform>{organisation}: %n revisiones, r{revision} vigente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overall ranking</source>
        <translation>Clasificación general</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partners disagree: settle</source>
        <translation>Discrepancia: por resolver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} (decided)</source>
        <translation>{value} (decidido)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reopened {time}</source>
        <translation>Reabierta el {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds</source>
        <translation>Se mantiene</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>r{revision} (current)</source>
        <translation>r{revision} (vigente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one revision received from this partner so far.</source>
        <translation>Por ahora solo se ha recibido una revisión de esta organización asociada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} revisions received.</source>
        <translation>{count} revisiones recibidas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose two different revisions to see what changed.</source>
        <translation>Elija dos revisiones distintas para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: these two revisions say the same.</source>
        <translation>Sin cambios: estas dos revisiones dicen lo mismo.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not settled</source>
        <translation>No se ha resuelto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the card of {country}</source>
        <translation>Guardar la ficha: {country}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The card was not saved</source>
        <translation>No se ha guardado la ficha</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved {path} (it shows %n open disagreement(s))</source>
        <translation>
            <numerusform>Guardada: {path} (muestra %n discrepancia pendiente)</numerusform>
            <numerusform>Guardada: {path} (muestra %n discrepancias pendientes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {path}</source>
        <translation>Guardada: {path}</translation>
    </message>
</context>
<context>
    <name>SecretariatDashboard</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/dashboard.py" line="+32"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Organizaciones asociadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To settle</source>
        <translation>Por resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last feedback</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No card yet</source>
        <translation>Todavía sin ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a key to be trusted</source>
        <translation>A la espera de que se apruebe una clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to settle</source>
        <translation>Discrepancias por resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cards yet. Drag the bundle files (*.cpc.json) partners e-mailed onto this window, or import them; add each partner&apos;s key after comparing its fingerprint by phone.</source>
        <translation>Todavía no hay fichas. Arrastre a esta ventana los paquetes (*.cpc.json) que las organizaciones asociadas enviaron por correo electrónico, o impórtelos; añada la clave de cada organización asociada después de comparar su huella digital por teléfono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import bundles…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a partner&apos;s key…</source>
        <translation>Añadir la clave de una organización asociada…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all countries</source>
        <translation>Mostrar todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Open the country card</source>
        <translation>Abrir la &amp;ficha del país</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Countries in this cycle</source>
        <translation>Países de este ciclo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Last import: {time}</source>
        <translation>Última importación: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported yet</source>
        <translation>Todavía no se ha importado nada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{partners}; waiting: {waiting}</source>
        <translation>{partners}; en espera: {waiting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting: {waiting}</source>
        <translation>en espera: {waiting}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing: {state} ({count})</source>
        <translation>Se muestran: {state} ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open the waiting bundles</source>
        <translation>Abrir los &amp;paquetes en espera</translation>
    </message>
</context>
<context>
    <name>SecretariatDesk</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/desk.py" line="+216"/>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase does not open the network keys: nothing was imported.</source>
        <translation>La frase de contraseña no abre las claves de la red: no se importó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
</context>
<context>
    <name>SecretariatFeedback</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/feedback.py" line="+56"/>
        <source>Feedback to partners</source>
        <translation>Respuesta a los socios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback on {country} {cycle}</source>
        <translation>Respuesta sobre {country} {cycle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation} (revision {revision})</source>
        <translation>{organisation} (revisión {revision})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner:</source>
        <translation>Socio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Message to the partner</source>
        <translation>Mensaje al socio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments per indicator</source>
        <translation>Comentarios por indicador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published rating</source>
        <translation>Calificación publicada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Published ranking</source>
        <translation>Clasificación publicada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published ranking:</source>
        <translation>Clasificación publicada:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer from the card</source>
        <translation>Proponer a partir de la ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the published ratings and ranking of the merged card (for “Published”) and each decision&apos;s reason as its indicator&apos;s comment</source>
        <translation>Rellenar con las calificaciones y la clasificación publicadas de la ficha fusionada (para «Publicada») y el motivo de cada decisión como comentario de su indicador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;draft</source>
        <translation>Guardar el &amp;borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign and send…</source>
        <translation>&amp;Firmar y enviar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign the feedback</source>
        <translation>Firmar la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the network keys:</source>
        <translation>Frase de contraseña de las claves de red:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the feedback file</source>
        <translation>Carpeta para el archivo de respuesta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong passphrase: nothing was sent.</source>
        <translation>Frase de contraseña incorrecta: no se envió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sent (kept as a draft): {error}</source>
        <translation>No enviado (guardado como borrador): {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sealed to {organisation} and saved as {file}. Send it to them.</source>
        <translation>Sellado para {organisation} y guardado como {file}. Envíeselo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {file}, not sealed: {organisation}&apos;s key file has no sealing key. Send it to them.</source>
        <translation>Guardado como {file}, sin sellar: el archivo de clave de {organisation} no tiene clave de sellado. Envíeselo.</translation>
    </message>
</context>
<context>
    <name>SecretariatImport</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/importing.py" line="+48"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{outcome}: {detail}</source>
        <translation>{outcome}: {detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sealed: only this secretariat could read it on its way.</source>
        <translation>Sellado: solo esta secretaría podía leerlo por el camino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sealed.</source>
        <translation>Sin sellar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the quarantine folder: {path}</source>
        <translation>Copiado en la carpeta de cuarentena: {path}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Drop bundle files or folders here</source>
        <translation>Suelte aquí paquetes o carpetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop the bundle files (*.cpc.json) or whole folders of e-mail attachments here, or choose them:</source>
        <translation>Suelte aquí los paquetes (*.cpc.json) o carpetas enteras de archivos adjuntos, o elíjalos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;files…</source>
        <translation>&amp;Elegir archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file is checked: who signed it, that nobody changed it, and that it is new. A file that fails changes nothing; a copy goes to the quarantine folder with the reason.</source>
        <translation>Se comprueba cada archivo: quién lo firmó, que nadie lo modificó y que es nuevo. Un archivo que no supera la comprobación no cambia nada; se guarda una copia en la carpeta de cuarentena con el motivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the file being imported; imported files stay imported</source>
        <translation>Detener tras el archivo en curso; los archivos ya importados siguen importados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add these &amp;keys…</source>
        <translation>Añadir estas c&amp;laves…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One phone check per key, then the bundles waiting for it are imported</source>
        <translation>Una comprobación por teléfono por clave; después se importan los paquetes que la esperaban</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show outcome</source>
        <translation>Mostrar el resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: file, organisation, country, reason…</source>
        <translation>Filtrar: archivo, organización, país, motivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter the results</source>
        <translation>Filtrar los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;quarantine folder</source>
        <translation>Abrir la carpeta de c&amp;uarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where rejected files are copied, each with a .reason.json beside it</source>
        <translation>Donde se copian los archivos rechazados, cada uno con un archivo .reason.json al lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Point at a row to see the whole message; the file&apos;s outcome is logged.</source>
        <translation>Señale una fila para ver el mensaje completo; el resultado de cada archivo queda registrado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open sealed files</source>
        <translation>Abrir archivos sellados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the network keys (asked once for this import, to open sealed files):</source>
        <translation>Frase de contraseña de las claves de la red (se pide una vez para esta importación, para abrir los archivos sellados):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import bundle files</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card bundles (*.cpc.json);;All files (*)</source>
        <translation>Paquetes de fichas (*.cpc.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import every bundle in a folder</source>
        <translation>Importar todos los paquetes de una carpeta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An import is running; drop the files again when it has finished.</source>
        <translation>Hay una importación en curso; vuelva a soltar los archivos cuando termine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for bundle files…</source>
        <translation>Buscando paquetes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo tras el archivo en curso…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No bundle files (*.cpc.json) there.</source>
        <translation>No hay ningún paquete (*.cpc.json) ahí.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total}: {summary}</source>
        <translation>{done} de {total}: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Stopped. %n file(s): {summary}</source>
        <translation>
            <numerusform>Detenido. %n archivo: {summary}</numerusform>
            <numerusform>Detenido. %n archivos: {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done. %n file(s): {summary}</source>
        <translation>
            <numerusform>Terminado. %n archivo: {summary}</numerusform>
            <numerusform>Terminado. %n archivos: {summary}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Among these files are %n partner key file(s) that are not trusted yet ({names}). Add each after comparing its fingerprint with the partner by phone; the cards waiting for it are then imported.</source>
        <translation>
            <numerusform>Entre estos archivos hay %n archivo de clave de una organización asociada que todavía no es de confianza ({names}). Añádalo después de comparar su huella digital con la organización asociada por teléfono; entonces se importarán las fichas que lo esperaban.</numerusform>
            <numerusform>Entre estos archivos hay %n archivos de clave de organizaciones asociadas que todavía no son de confianza ({names}). Añada cada uno después de comparar su huella digital con la organización asociada por teléfono; entonces se importarán las fichas que lo esperaban.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: {outcome}</source>
        <translation>{file}: {outcome}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy kept in the quarantine folder: {path}</source>
        <translation>Copia guardada en la carpeta de cuarentena: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>nada por ahora</translation>
    </message>
</context>
<context>
    <name>SecretariatOverview</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/overview.py" line="+45"/>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with (baseline)</source>
        <translation>Comparar con (línea de base)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rankings CSV…</source>
        <translation>CSV de las clasificaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every country&apos;s overall ranking in every cycle</source>
        <translation>La clasificación general de cada país en cada ciclo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish report…</source>
        <translation>Publicar el informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole report as a PDF book or a website (File &gt; Publish report…)</source>
        <translation>El informe completo como libro PDF o sitio web (Archivo &gt; Publicar el informe…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with</source>
        <translation>comparado con</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settle…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rankings</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no baseline</source>
        <translation>sin línea de base</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No cards imported yet.</source>
        <translation>Todavía no se ha importado ninguna ficha.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n countries with a resolved card in {cycle}</source>
        <translation>
            <numerusform>%n país con una ficha resuelta en {cycle}</numerusform>
            <numerusform>%n países con una ficha resuelta en {cycle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{counted}, compared with {baseline} ({baseline_counted}). Shares are of those countries; changes in percentage points.</source>
        <translation>{counted}, comparado con {baseline} ({baseline_counted}). Los porcentajes se refieren a esos países; los cambios, en puntos porcentuales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{counted}. Shares are of those countries; changes in percentage points.</source>
        <translation>{counted}. Los porcentajes se refieren a esos países; los cambios, en puntos porcentuales.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left out until settled (partners disagree): {countries}</source>
        <translation>Excluidos de las cifras hasta que se resuelva la discrepancia entre organizaciones asociadas: {countries}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settle {country}…</source>
        <translation>Resolver el caso de {country}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rankings {cycle} (as in the report&apos;s appendix)</source>
        <translation>Clasificaciones {cycle} (como en el anexo del informe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ranked: {countries}</source>
        <translation>Sin clasificar: {countries}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partners disagree: {countries}</source>
        <translation>Las organizaciones asociadas discrepan: {countries}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the overview</source>
        <translation>Exportar el panorama general</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
</context>
<context>
    <name>SecretariatPublish</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/publish.py" line="+106"/>
        <source>Publish the report</source>
        <translation>Publicar el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole report: title page, global overview, findings, rankings and one progress card per country. Countries whose partners disagree are left out until you settle them.</source>
        <translation>El informe completo: portada, panorama mundial, conclusiones, clasificaciones y una ficha de progreso por país. Los países cuyos socios no están de acuerdo quedan excluidos hasta que usted lo resuelva.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF book</source>
        <translation>Libro PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (a folder of pages, works offline)</source>
        <translation>Sitio web (una carpeta de páginas, funciona sin conexión)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with (baseline):</source>
        <translation>Comparar con (línea de base):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cards imported yet: nothing to publish.</source>
        <translation>Todavía no se ha importado ninguna ficha: nada que publicar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no baseline</source>
        <translation>sin línea de base</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder to publish into</source>
        <translation>Elegir la carpeta donde publicar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an existing folder to publish into.</source>
        <translation>Elija una carpeta existente donde publicar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the country cards…</source>
        <translation>Leyendo las fichas por país…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the country cards… {done} of {total}</source>
        <translation>Leyendo las fichas por país… {done} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Published: {path}</source>
        <translation>Publicado: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published {path}</source>
        <translation>Publicado: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not published: {error}</source>
        <translation>No publicado: {error}</translation>
    </message>
</context>
<context>
    <name>SecretariatTexts</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/texts.py" line="+40"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in history (a newer revision is current)</source>
        <translation>Conservado en el historial (hay una revisión más reciente vigente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the key to be trusted</source>
        <translation>A la espera de que se apruebe la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: not read as a bundle</source>
        <translation>Omitido: no se leyó como paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported</source>
        <translation>importado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>ya importado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in history</source>
        <translation>conservado(s) en el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a key</source>
        <translation>a la espera de una clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitido(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is larger than 5 MiB: it is not a card bundle, or it was damaged.</source>
        <translation>El archivo supera los 5 MiB: no es un paquete de ficha, o se ha dañado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read as a bundle: it was damaged or changed on the way (for example by an e-mail program), or it is another kind of file.</source>
        <translation>El archivo no se puede leer como paquete: se dañó o se modificó por el camino (por ejemplo, por un programa de correo electrónico), o es otro tipo de archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a card bundle, or it was made by a newer version of the app than this one.</source>
        <translation>No es un paquete de ficha, o lo creó una versión de la aplicación más reciente que esta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the file was changed after it was signed, or it was not signed by this key.</source>
        <translation>La firma no coincide: el archivo se modificó después de firmarse, o no se firmó con esta clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card inside does not follow the bundle format (a part is missing or too long).</source>
        <translation>La ficha que contiene no sigue el formato de paquete (falta una parte o es demasiado larga).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card uses a set of indicators this app does not know. Update the app.</source>
        <translation>La ficha usa un conjunto de indicadores que esta aplicación no conoce. Actualice la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is signed with a key the secretariat has revoked.</source>
        <translation>Está firmado con una clave que la secretaría ha revocado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner&apos;s key is trusted for other countries, not for this card&apos;s country.</source>
        <translation>La clave de la organización asociada es de confianza para otros países, pero no para el país de esta ficha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card was sent before signed with another key: another partner, or the partner made a new key. Ask the partner.</source>
        <translation>Esta ficha ya se envió antes firmada con otra clave: es otra organización asociada, o la organización creó una clave nueva. Consulte a la organización asociada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file with the same bundle number but different content was imported before: one of the two was altered.</source>
        <translation>Ya se importó otro archivo con el mismo número de paquete pero con distinto contenido: uno de los dos se ha alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file with the same card and revision number was imported before, with different content.</source>
        <translation>Ya se importó otro archivo con la misma ficha y el mismo número de revisión, pero con distinto contenido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be read (no permission, or it was moved during the import).</source>
        <translation>No se pudo leer el archivo (falta de permisos, o se movió durante la importación).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is sealed for another key than this secretariat&apos;s sealing keys: the partner has an old or another network&apos;s key file.</source>
        <translation>El archivo está sellado para una clave distinta de las claves de sellado de esta secretaría: la organización asociada tiene un archivo de clave antiguo o de otra red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sealed file does not open with this secretariat&apos;s key: it was damaged or changed on its way. Ask the partner to send it again.</source>
        <translation>El archivo sellado no se abre con la clave de esta secretaría: se dañó o se modificó por el camino. Pida a la organización asociada que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not sealed, and this secretariat accepts sealed files only. Ask the partner to accept the network key and export again.</source>
        <translation>El archivo no está sellado, y esta secretaría solo acepta archivos sellados. Pida a la organización asociada que acepte la clave de la red y vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neither the file&apos;s name nor its beginning look like a card bundle.</source>
        <translation>Ni el nombre del archivo ni su comienzo parecen un paquete de ficha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partner&apos;s public key file: add it under Partners&apos; keys after the phone check.</source>
        <translation>Un archivo de clave pública de una organización asociada: añádalo en Claves de las organizaciones asociadas tras la comprobación por teléfono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partner&apos;s new key (a key rotation): accept it under Partners&apos; keys.</source>
        <translation>La nueva clave de una organización asociada (un cambio de clave): acéptela en Claves de las organizaciones asociadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A temporary file, still being written.</source>
        <translation>Un archivo temporal, aún en escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link to another place: not followed. Import the place it leads to.</source>
        <translation>Un enlace a otro lugar: no se sigue. Importe el lugar al que lleva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a file that can be read (a pipe or a device).</source>
        <translation>No es un archivo legible (una tubería o un dispositivo).</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <location line="+6"/>
        <source>Slow progress</source>
        <translation>Avances lentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited measures</source>
        <translation>Medidas limitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some progress</source>
        <translation>Algunos avances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable efforts</source>
        <translation>Esfuerzos notables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partner is expected for this country but no card arrived for this cycle.</source>
        <translation>Se espera una organización asociada para este país, pero no ha llegado ninguna ficha en este ciclo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards arrived, signed with a key that is not trusted yet: see Partners&apos; keys.</source>
        <translation>Han llegado fichas firmadas con una clave que todavía no es de confianza: vea Claves de las organizaciones asociadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners disagree; settle it before the country counts in the figures.</source>
        <translation>Las organizaciones asociadas no coinciden; resuélvalo antes de que el país cuente en las cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted in the figures.</source>
        <translation>Contabilizado en las cifras.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+26"/>
        <source>Overall ranking</source>
        <translation>Clasificación general</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO action (star)</source>
        <translation>acción de las ONG (estrella)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall summary</source>
        <translation>Resumen general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to action</source>
        <translation>Llamamientos a la acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: evidence: {member}</source>
        <translation>{title}: prueba: {member}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: evidence</source>
        <translation>{title}: pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: {member}</source>
        <translation>{title}: {member}</translation>
    </message>
</context>
<context>
    <name>SecretariatTrust</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/key_dialogs.py" line="+32"/>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{text}” is not a country name or an ISO code</source>
        <translation>«{text}» no es un nombre de país ni un código ISO</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Trust the key of {organisation}</source>
        <translation>Confiar en la clave de {organisation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the key of {organisation}?</source>
        <translation>¿Confiar en la clave de {organisation}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anyone can send a file claiming to be this partner. Call the partner on a number you already know (not one from the e-mail) and ask them to read out the fingerprint their app shows. Trust the key only if every character matches.</source>
        <translation>Cualquiera puede enviar un archivo haciéndose pasar por esta organización asociada. Llame a la organización a un número que ya conozca (no uno que aparezca en el correo electrónico) y pídale que le lea la huella digital que muestra su aplicación. Confíe en la clave solo si coinciden todos los caracteres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Huella digital {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="+97"/>
        <location line="+34"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting:</source>
        <translation>En espera:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle(s) signed with this key will be imported.</source>
        <translation>
            <numerusform>Se importará %n paquete firmado con esta clave.</numerusform>
            <numerusform>Se importarán %n paquetes firmados con esta clave.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+7"/>
        <source>Countries of {organisation}&apos;s key</source>
        <translation>Países de la clave de {organisation}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards signed with this key ({fingerprint}) count for these countries only: its cards for other countries leave the figures, and come back if their country is added again. A file refused earlier because of its country is not imported by this change: import it again.</source>
        <translation>Las fichas firmadas con esta clave ({fingerprint}) cuentan solo para estos países: sus fichas de otros países salen de las cifras, y vuelven si su país se añade de nuevo. Un archivo rechazado antes por su país no se importa con este cambio: impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>e.g. India, Nepal (empty: any country); or tick them below</source>
        <translation>p. ej. India, Nepal (vacío: cualquier país); o márquelos abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Countries this key may send cards for</source>
        <translation>Países para los que esta clave puede enviar fichas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>I compared this fingerprint with the partner by phone, and it matches</source>
        <translation>He comparado esta huella digital con la organización asociada por teléfono y coincide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cards accepted for: {countries}</source>
        <translation>Fichas aceptadas para: {countries}</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="-67"/>
        <source>Partners&apos; keys</source>
        <translation>Claves de las organizaciones asociadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card counts only when it is signed with a key you trust. Add a partner&apos;s key from the .cpckey.json file they sent, after comparing its fingerprint with them by phone.</source>
        <translation>Una ficha solo cuenta si está firmada con una clave de su confianza. Añada la clave de una organización asociada a partir del archivo .cpckey.json que le envió, después de comparar su huella digital con ella por teléfono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a key from a file…</source>
        <translation>&amp;Añadir una clave desde un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its cards leave the figures; later bundles signed with it are rejected</source>
        <translation>Sus fichas salen de las cifras; los paquetes que firme después se rechazan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;untries…</source>
        <translation>Paí&amp;ses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the countries this key may send cards for</source>
        <translation>Cambiar los países para los que esta clave puede enviar fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key &amp;change…</source>
        <translation>&amp;Cambio de clave…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partner made a new key: its .cpcrotate.json file, signed with the key you already trust, moves the trust to the new key</source>
        <translation>Una organización asociada ha creado una clave nueva: su archivo .cpcrotate.json, firmado con la clave en la que ya confía, traslada la confianza a la clave nueva</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Añadida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Sustituye a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;pprove this key…</source>
        <translation>A&amp;probar esta clave…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint by phone, then import what it signed</source>
        <translation>Comparar la huella digital por teléfono y después importar lo que firmó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles waiting for their key</source>
        <translation>Paquetes a la espera de su clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a key to be trusted</source>
        <translation>A la espera de que se apruebe una clave</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked {when}</source>
        <translation>Revocada el {when}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for a key to be trusted ({count})</source>
        <translation>A la espera de que se apruebe una clave ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is waiting for a key.</source>
        <translation>Ningún paquete espera una clave.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A partner&apos;s public key</source>
        <translation>Clave pública de una organización asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public keys (*.cpckey.json)</source>
        <translation>Claves públicas (*.cpckey.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A partner&apos;s key change</source>
        <translation>Cambio de clave de una organización asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key changes (*.cpcrotate.json)</source>
        <translation>Cambios de clave (*.cpcrotate.json)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not a public key file</source>
        <translation>No es un archivo de clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key was not trusted</source>
        <translation>La clave no se ha añadido a las claves de confianza</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key change was not accepted</source>
        <translation>No se ha aceptado el cambio de clave</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/key_dialogs.py" line="-95"/>
        <source>any country</source>
        <translation>cualquier país</translation>
    </message>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/trust.py" line="+10"/>
        <source>{organisation}&apos;s key {fingerprint} is trusted for {scope}.</source>
        <translation>La clave {fingerprint} de {organisation} es de confianza para {scope}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation}&apos;s new key {fingerprint} replaces {old} and is trusted for {scope}.</source>
        <translation>La nueva clave {fingerprint} de {organisation} sustituye a {old} y es de confianza para {scope}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This key change had been accepted before; nothing changed.</source>
        <translation>Este cambio de clave ya se había aceptado; no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old key stays trusted for late e-mails until you revoke it.</source>
        <translation>La clave antigua sigue siendo de confianza para los correos electrónicos que lleguen tarde, hasta que la revoque.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bundle(s) that were waiting:</source>
        <translation>
            <numerusform>%n paquete que estaba a la espera:</numerusform>
            <numerusform>%n paquetes que estaban a la espera:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{card}: {outcome}: {reason}</source>
        <translation>{card}: {outcome}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{card}: {outcome}</source>
        <translation>{card}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n waiting bundle(s) imported.</source>
        <translation>
            <numerusform>%n paquete en espera importado.</numerusform>
            <numerusform>%n paquetes en espera importados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This key is already trusted, for other countries than those you chose. Adding its key file again does not change them; nothing was changed.</source>
        <translation>Esta clave ya es de confianza, para otros países distintos de los que eligió. Añadir de nuevo su archivo de clave no los cambia; no se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke this key?</source>
        <translation>¿Revocar esta clave?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the key of {organisation} ({fingerprint})?

Its cards leave the figures at once and bundles it signs later are rejected. A revoked key cannot be trusted again: the partner would have to make a new key.</source>
        <translation>¿Revocar la clave de {organisation} ({fingerprint})?

Sus fichas salen de inmediato de las cifras y los paquetes que firme después se rechazarán. Una clave revocada no puede volver a ser de confianza: la organización asociada tendría que crear una clave nueva.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The countries were not changed</source>
        <translation>Los países no se cambiaron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation}&apos;s key {fingerprint} is now trusted for {scope}.</source>
        <translation>La clave {fingerprint} de {organisation} es ahora de confianza para {scope}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{organisation}&apos;s key {fingerprint} is revoked.</source>
        <translation>La clave {fingerprint} de {organisation} está revocada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard this bundle?</source>
        <translation>¿Descartar este paquete?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the card {card} from {organisation}? It was never trusted; it is removed from the waiting list.</source>
        <translation>¿Descartar la ficha {card} de {organisation}? Nunca se ha aceptado; se quita de la lista de espera.</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <location filename="../../src/cardentry/ui/secretariat/window.py" line="+47"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>Partners&apos; keys</source>
        <translation>Claves de las organizaciones asociadas</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Country cards</source>
        <translation>Fichas por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cardentry: {organisation} (secretariat)</source>
        <translation>cardentry: {organisation} (secretaría)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{organisation} · profile {folder}</source>
        <translation>{organisation} · perfil {folder}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle files…</source>
        <translation>&amp;Importar paquetes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a partner&apos;s key…</source>
        <translation>&amp;Añadir la clave de una organización asociada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish report…</source>
        <translation>&amp;Publicar el informe…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;quarantine folder</source>
        <translation>A&amp;brir la carpeta de cuarentena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net&amp;work keys…</source>
        <translation>Claves de la &amp;red…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How the secretariat works</source>
        <translation>&amp;Funcionamiento de la secretaría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About cardentry</source>
        <translation>A&amp;cerca de cardentry</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Partners&apos; keys (%n waiting)</source>
        <translation>
            <numerusform>Claves de las organizaciones asociadas (%n en espera)</numerusform>
            <numerusform>Claves de las organizaciones asociadas (%n en espera)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import finished: {summary}</source>
        <translation>Importación terminada: {summary}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How the secretariat works</source>
        <translation>Cómo funciona la secretaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Partners e-mail their signed cards (*.cpc.json) and, once, their public key (*.cpckey.json).
2. Partners&apos; keys: add each key after comparing its fingerprint with the partner by phone. Cards signed with a key you do not trust yet wait there; approving the key imports them.
3. Import bundles: drop the files or folders on the window. Rejected files go to the quarantine folder with the reason.
4. Dashboard: every country&apos;s state in the cycle. Where partners disagree, open the country card and settle each disagreement with a reason.
5. Overview: the figures, the change from the baseline and the rankings; export them as CSV, XLSX or PDF. Country cards: save each card as PDF, PNG or HTML.</source>
        <translation>1. Las organizaciones asociadas envían por correo electrónico sus fichas firmadas (*.cpc.json) y, una sola vez, su clave pública (*.cpckey.json).
2. Claves de las organizaciones asociadas: añada cada clave después de comparar su huella digital con la organización por teléfono. Las fichas firmadas con una clave que aún no considera fiable esperan allí; al aprobar la clave, se importan.
3. Importar paquetes: arrastre los archivos o las carpetas a la ventana. Los archivos rechazados van a la carpeta de cuarentena, con el motivo del rechazo.
4. Panel: el estado de cada país en el ciclo. Donde las organizaciones asociadas discrepen, abra la ficha del país y resuelva cada discrepancia indicando un motivo.
5. Panorama general: las cifras, el cambio respecto de la línea de base y las clasificaciones; expórtelos en CSV, XLSX o PDF. Fichas por país: guarde cada ficha en PDF, PNG o HTML.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About cardentry</source>
        <translation>Acerca de cardentry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cardentry {version}, secretariat profile of {organisation}.

Profile folder: {folder}</source>
        <translation>cardentry {version}, perfil de secretaría de {organisation}.

Carpeta del perfil: {folder}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/cardentry/ui/common/settings.py" line="+25"/>
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
        <location filename="../../src/cardentry/ui/partner/window.py" line="-725"/>
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
        <location filename="../../src/cardentry/ui/partner/editor.py" line="-252"/>
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
