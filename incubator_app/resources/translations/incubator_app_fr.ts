<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionItems</name>
    <message>
        <source>{login} may only change action items assigned to them or from their sessions.</source>
        <translation>{login} ne peut modifier que les actions à mener qui lui sont confiées ou qui viennent de ses rendez-vous.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e porteur·se de projet avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No coaching session with id {id}.</source>
        <translation>Aucun rendez-vous d’accompagnement avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The entrepreneur did not take part in that session.</source>
        <translation>Ce·tte porteur·se de projet n’a pas participé à ce rendez-vous.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Aucun·e accompagnateur·rice avec l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>The time has no time zone; say which one.</source>
        <translation>L’heure n’a pas de fuseau horaire&#xa0;; précisez lequel.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation>Aucun service avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” cannot be booked.</source>
        <translation>Le service «&#xa0;{name}&#xa0;» ne se réserve pas.</translation>
    </message>
    <message>
        <source>At most {capacity} for “{name}”.</source>
        <translation>Au plus {capacity} pour «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>“{service}” is fully booked: it is already taken from {start} to {end} (booking {id}, capacity {capacity}).</source>
        <translation>«&#xa0;{service}&#xa0;» est complet&#xa0;: déjà réservé du {start} au {end} (réservation {id}, capacité {capacity}).</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e porteur·se de projet avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be moved.</source>
        <translation>Une réservation annulée ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>Booking {id} is already cancelled.</source>
        <translation>La réservation {id} est déjà annulée.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>A service named “{name}” already exists.</source>
        <translation>Un service nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db is required for this command.</source>
        <translation>--db est obligatoire pour cette commande.</translation>
    </message>
    <message>
        <source>Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.</source>
        <translation>Données de démonstration ({scale}, graine {seed}) écrites dans {db} : {rows} lignes en {seconds} s.</translation>
    </message>
    <message>
        <source>Log in as {login} / {password}.</source>
        <translation>Connectez-vous avec {login} / {password}.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Schema at revision {revision}.</source>
        <translation>Schéma à la révision {revision}.</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Base de données&#xa0;: {db}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version: {head}, {state})</source>
        <translation>Révision du schéma&#xa0;: {revision} (cette version&#xa0;: {head}, {state})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Intégrité&#xa0;: {result}</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe (confirmation)&#xa0;: </translation>
    </message>
    <message>
        <source>User {login} created ({role}).</source>
        <translation>Compte {login} créé ({role}).</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>{login} may only log or change their own coaching sessions.</source>
        <translation>{login} ne peut saisir ou modifier que ses propres rendez-vous d’accompagnement.</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin may write its confidential notes.</source>
        <translation>Seul·e l’accompagnateur·rice du rendez-vous ou un·e administrateur·rice peut écrire ses notes confidentielles.</translation>
    </message>
    <message>
        <source>Not a participant: {value}</source>
        <translation>Ne fait pas partie des participant·es&#xa0;: {value}</translation>
    </message>
    <message>
        <source>An entrepreneur is listed twice.</source>
        <translation>Un·e porteur·se de projet figure deux fois.</translation>
    </message>
    <message>
        <source>An individual session has exactly one participant ({n} given).</source>
        <translation>Un rendez-vous individuel a exactement un·e participant·e ({n} indiqué·es).</translation>
    </message>
    <message>
        <source>A collective session needs participants.</source>
        <translation>Un rendez-vous collectif a besoin de participant·es.</translation>
    </message>
    <message>
        <source>A topic is listed twice.</source>
        <translation>Un thème figure deux fois.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Aucun·e accompagnateur·rice avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Unknown entrepreneur ids: {ids}</source>
        <translation>Identifiants de porteur·ses de projet inconnus&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>Unknown topic ids: {ids}</source>
        <translation>Identifiants de thèmes inconnus&#xa0;: {ids}</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Log a coaching session in a few seconds, with its topics and the action items agreed with the entrepreneur.</source>
        <translation>Saisir un rendez-vous d’accompagnement en quelques secondes, avec ses thèmes et les actions à mener convenues avec le·la porteur·se de projet.</translation>
    </message>
    <message>
        <source>Each coach&apos;s caseload and agenda</source>
        <translation>Le portefeuille et l’agenda de chaque accompagnateur·rice</translation>
    </message>
    <message>
        <source>Action items to follow up, with due dates</source>
        <translation>Les actions à mener à suivre, avec leurs échéances</translation>
    </message>
    <message>
        <source>Coaching hours per entrepreneur, coach and topic</source>
        <translation>Les heures d’accompagnement par porteur·se de projet, accompagnateur·rice et thème</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The incubator at a glance: who is supported right now, what happens this week and the figures your funders ask for.</source>
        <translation>La couveuse en un coup d’œil&#xa0;: qui est accompagné·e en ce moment, ce qui se passe cette semaine et les chiffres que demandent vos financeurs.</translation>
    </message>
    <message>
        <source>Entrepreneurs by pathway stage, entries and exits of the year</source>
        <translation>Les porteur·ses de projet par étape du parcours, les entrées et sorties de l’année</translation>
    </message>
    <message>
        <source>This week&apos;s coaching sessions, workshops and room bookings</source>
        <translation>Les rendez-vous d’accompagnement, ateliers et réservations de salles de la semaine</translation>
    </message>
    <message>
        <source>Overdue action items and upcoming milestones</source>
        <translation>Les actions à mener en retard et les prochains jalons</translation>
    </message>
    <message>
        <source>Coaching hours and revenue of the test activities</source>
        <translation>Les heures d’accompagnement et le chiffre d’affaires des activités en test</translation>
    </message>
    <message>
        <source>Hello {name}, welcome to {incubator}.</source>
        <translation>Bonjour {name}, bienvenue à {incubator}.</translation>
    </message>
    <message>
        <source>This is the demo database: the people and figures are made up. Try anything, nothing here is real.</source>
        <translation>Ceci est la base de démonstration&#xa0;: les personnes et les chiffres sont inventés. Essayez tout, rien n’est réel ici.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown scale {scale}; expected one of {allowed}.</source>
        <translation>Taille inconnue {scale}&#xa0;; valeurs possibles&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>The database {path} already holds data; demo data would replace all of it. Use --force to delete everything and generate the demo.</source>
        <translation>La base {path} contient déjà des données&#xa0;; la démonstration les remplacerait toutes. Utilisez --force pour tout effacer et générer la démonstration.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>user account</source>
        <translation>compte utilisateur</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>accompagnateur·rice</translation>
    </message>
    <message>
        <source>incubator profile</source>
        <translation>fiche de la couveuse</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>discipline</translation>
    </message>
    <message>
        <source>coaching topic</source>
        <translation>thème d&apos;accompagnement</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>porteur·se de projet</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>changement d’étape</translation>
    </message>
    <message>
        <source>support contract</source>
        <translation>contrat CAPE</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>follow-up checkpoint</source>
        <translation>point de suivi</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>rendez-vous d’accompagnement</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action à mener</translation>
    </message>
    <message>
        <source>milestone template</source>
        <translation>modèle de jalon</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>shared service</source>
        <translation>service mutualisé</translation>
    </message>
    <message>
        <source>service usage</source>
        <translation>utilisation de service</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>réservation</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>financeur</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvention</translation>
    </message>
    <message>
        <source>reporting deadline</source>
        <translation>échéance de bilan</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>EntrepreneursPage</name>
    <message>
        <source>Entrepreneurs</source>
        <translation>Porteurs de projet</translation>
    </message>
    <message>
        <source>Every entrepreneur&apos;s file: activity, pathway from application to exit, support contract (CAPE), coach, documents and history.</source>
        <translation>La fiche de chaque porteur·se de projet&#xa0;: activité, parcours de la candidature à la sortie, contrat d’appui (CAPE), accompagnateur·rice, documents et historique.</translation>
    </message>
    <message>
        <source>A searchable list with filters by pathway stage, discipline and cohort</source>
        <translation>Une liste avec recherche et filtres par étape du parcours, discipline et promotion</translation>
    </message>
    <message>
        <source>Admission of candidates and renewal of support contracts</source>
        <translation>L’admission des candidat·es et le renouvellement des CAPE</translation>
    </message>
    <message>
        <source>Profile at entry for the funders&apos; statistics</source>
        <translation>Le profil à l’entrée pour les statistiques des financeurs</translation>
    </message>
    <message>
        <source>Exit outcome: business created, salaried job, training, stopped</source>
        <translation>La sortie&#xa0;: création d’entreprise, emploi salarié, formation, arrêt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Invalid input — {details}</source>
        <translation>Saisie incorrecte — {details}</translation>
    </message>
    <message>
        <source>This user account already has a coach profile: {name}.</source>
        <translation>Ce compte a déjà une fiche d’accompagnateur·rice&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>A cohort named “{name}” already exists.</source>
        <translation>Une promotion nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The file of “{name}” is missing from the documents folder {folder}.</source>
        <translation>Le fichier de «&#xa0;{name}&#xa0;» manque dans le dossier des documents {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: there is history ({what}). Archive the record instead.</source>
        <translation>{name} ne peut pas être supprimé·e&#xa0;: il y a un historique ({what}). Archivez plutôt la fiche.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche entre-temps&#xa0;; rechargez-la et recommencez.</translation>
    </message>
    <message>
        <source>This would break a rule of the database: {reason}</source>
        <translation>Cela enfreindrait une règle de la base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>Aucun élément «&#xa0;{entity}&#xa0;» avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{label}”; choose another.</source>
        <translation>Le code {code} est déjà utilisé par «&#xa0;{label}&#xa0;»&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This database already has an incubator.</source>
        <translation>Cette base de données a déjà une couveuse.</translation>
    </message>
    <message>
        <source>Create the incubator first.</source>
        <translation>Créez d’abord la couveuse.</translation>
    </message>
    <message>
        <source>The login {login} is taken.</source>
        <translation>L’identifiant {login} est déjà pris.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>A funder named “{name}” already exists.</source>
        <translation>Un financeur nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This funder already has a grant “{reference}”.</source>
        <translation>Ce financeur a déjà une subvention «&#xa0;{reference}&#xa0;».</translation>
    </message>
    <message>
        <source>No funder with id {id}.</source>
        <translation>Aucun financeur avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Unknown ids: {ids}</source>
        <translation>Identifiants inconnus&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>Sessions outside the grant&apos;s period: {ids}</source>
        <translation>Rendez-vous hors de la période de la subvention&#xa0;: {ids}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>coaching sessions</source>
        <translation>rendez-vous d’accompagnement</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>actions à mener</translation>
    </message>
    <message>
        <source>service use</source>
        <translation>utilisation de services</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>réservations</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>follow-up checkpoints</source>
        <translation>points de suivi</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subventions</translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation>changements d’étape</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Log in with your account to continue.</source>
        <translation>Connectez-vous avec votre compte pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Next time, open directly without asking for the password. Only if you are the only person using this computer.</source>
        <translation>La prochaine fois, ouvrir directement sans demander le mot de passe. Seulement si vous êtes seul·e à utiliser cet ordinateur.</translation>
    </message>
    <message>
        <source>Demo database: log in as admin / demo-admin</source>
        <translation>Base de démonstration&#xa0;: connectez-vous avec admin / demo-admin</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Asks the application to close this session and open another database (path or URL). Asks the application to forget the remembered user and show the login again. Emitted once the window has closed (the application then ends or switches database).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>Log a &amp;coaching session…</source>
        <translation>Noter un &amp;rendez-vous d&apos;accompagnement…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Recherche rapide…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Incubator…</source>
        <translation>À &amp;propos de Couveuse…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Incubator databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de la couveuse (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>file name of a backup copy</comment>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>Bases SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>About Incubator</source>
        <translation>À propos de Couveuse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incubator {version}&lt;/h3&gt;&lt;p&gt;Run a cultural business incubator: entrepreneurs, coaching, milestones, shared services and funder reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Couveuse {version}&lt;/h3&gt;&lt;p&gt;Faire vivre une couveuse d’entreprises culturelles&#xa0;: porteur·ses de projet, accompagnement, jalons, services mutualisés et rapports aux financeurs.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>• {field}: {message}</source>
        <translation>• {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Some fields need attention:</source>
        <translation>Certains champs sont à corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie incorrecte</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Something went wrong. The operation was not completed.</source>
        <translation>Un problème est survenu. L’opération n’a pas abouti.</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>The programme {programme} already has a milestone “{title}”.</source>
        <translation>Le programme {programme} a déjà un jalon «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e porteur·se de projet avec l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>The key steps of each pathway — first invoice, first contract, business plan, exit review — and where every entrepreneur stands.</source>
        <translation>Les étapes clés de chaque parcours — première facture, premier contrat, plan d’affaires, bilan de sortie — et où en est chaque porteur·se de projet.</translation>
    </message>
    <message>
        <source>Milestones planned, reached or late, per entrepreneur and cohort</source>
        <translation>Les jalons prévus, atteints ou en retard, par porteur·se de projet et par promotion</translation>
    </message>
    <message>
        <source>Reminders before a support contract ends</source>
        <translation>Des rappels avant la fin d’un CAPE</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Porteurs de projet</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Services &amp; bookings</source>
        <translation>Services et réservations</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{login} ({role}) may not do this: {permission}.</source>
        <translation>{login} ({role}) n’a pas le droit de faire ceci&#xa0;: {permission}.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in the next versions</source>
        <extracomment>Change kinds this page displays; a broadcast touching none of them is ignored.</extracomment>
        <translation>Dans les prochaines versions</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Activity reports for the funders (Région, Département, DRAC, FSE+, foundations), ready to send as PDF or Excel.</source>
        <translation>Les bilans d’activité pour les financeurs (Région, Département, DRAC, FSE+, fondations), prêts à envoyer en PDF ou Excel.</translation>
    </message>
    <message>
        <source>People supported, entries and exits over a period</source>
        <translation>Les personnes accompagnées, entrées et sorties sur une période</translation>
    </message>
    <message>
        <source>Exit outcomes and businesses still active after 1, 2 and 3 years</source>
        <translation>Les sorties et les entreprises toujours actives à 1, 2 et 3 ans</translation>
    </message>
    <message>
        <source>Workshop attendance with signed attendance sheets</source>
        <translation>La participation aux ateliers, avec les feuilles d’émargement signées</translation>
    </message>
</context>
<context>
    <name>Revenue</name>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e porteur·se de projet avec l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>administrateur·rice</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>accompagnateur·rice</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>consultation</translation>
    </message>
</context>
<context>
    <name>ServiceUsage</name>
    <message>
        <source>No service with id {id}.</source>
        <translation>Aucun service avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” is no longer offered.</source>
        <translation>Le service «&#xa0;{name}&#xa0;» n’est plus proposé.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e porteur·se de projet avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No booking with id {id}.</source>
        <translation>Aucune réservation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The booking is cancelled or is for another service or entrepreneur.</source>
        <translation>La réservation est annulée ou concerne un autre service ou un·e autre porteur·se de projet.</translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}).</source>
        <translation>La réservation {booking} est déjà facturée (utilisation {usage}).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preferences of this computer, and the incubator&apos;s own settings.</source>
        <translation>Les préférences de cet ordinateur et les paramètres de la couveuse.</translation>
    </message>
    <message>
        <source>Editing the incubator&apos;s profile (name, SIRET, address)</source>
        <translation>La modification de la fiche de la couveuse (nom, SIRET, adresse)</translation>
    </message>
    <message>
        <source>User accounts and roles</source>
        <translation>Les comptes et leurs rôles</translation>
    </message>
    <message>
        <source>Lists: disciplines, coaching topics, exit reasons, funders</source>
        <translation>Les listes&#xa0;: disciplines, thèmes d’accompagnement, motifs de sortie, financeurs</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Ask for my password next time</source>
        <translation>Demander mon mot de passe la prochaine fois</translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation>Connexion mémorisée&#xa0;:</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Commune&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect the next time the application starts.</source>
        <translation>Prendra effet au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>SharedServicesPage</name>
    <message>
        <source>Services &amp; bookings</source>
        <translation>Services et réservations</translation>
    </message>
    <message>
        <source>The shared services of the incubator — accounting, legal help, rooms, equipment, invoicing — and who uses them.</source>
        <translation>Les services mutualisés de la couveuse — comptabilité, aide juridique, salles, matériel, facturation — et qui les utilise.</translation>
    </message>
    <message>
        <source>Room and equipment bookings without double-booking</source>
        <translation>La réservation des salles et du matériel, sans double réservation</translation>
    </message>
    <message>
        <source>Workshops with limited places and attendance sheets</source>
        <translation>Les ateliers à places limitées et leurs feuilles d’émargement</translation>
    </message>
    <message>
        <source>Use of shared services recorded per entrepreneur</source>
        <translation>L’utilisation des services mutualisés, par porteur·se de projet</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Chooses the user without a dialog (selftest, benchmarks); None falls back to the login.</extracomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database {path} has no incubator yet.</source>
        <translation>La base de données {path} n’a pas encore de couveuse.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>La base de données {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>An in-memory database has no backup.</source>
        <translation>Une base de données en mémoire ne se sauvegarde pas.</translation>
    </message>
    <message>
        <source>Backup of {path} failed: {reason}</source>
        <translation>La sauvegarde de {path} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>pg_dump is needed to back up a PostgreSQL database.</source>
        <translation>pg_dump est nécessaire pour sauvegarder une base PostgreSQL.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of incubator_app (schema {revision}); install that version to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente d’incubator_app (schéma {revision})&#xa0;; installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s data, not incubator_app&apos;s.</source>
        <translation>{path} contient les données d’une autre application, pas celles d’incubator_app.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>La base de données {path} est en lecture seule.</translation>
    </message>
    <message>
        <source>{path} is not a database (not a SQLite file).</source>
        <translation>{path} n’est pas une base de données (pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation>{path} est endommagé ou n’est pas une base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Impossible d’ouvrir la base de données {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is empty.</source>
        <translation>La base de données {path} est vide.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;incubator-app migrate&apos;.</source>
        <translation>La base de données {path} doit être mise à jour&#xa0;: lancez «&#xa0;incubator-app migrate&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Unknown value {value}; expected one of {allowed}.</source>
        <translation>Valeur inconnue {value}&#xa0;; valeurs possibles&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Ce n’est pas une date.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Ce champ ne se modifie pas ici.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>Ce n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Ce n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Doit être oui ou non.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Oui ou non est attendu.</translation>
    </message>
    <message>
        <source>No user account with id {id}.</source>
        <translation>Aucun compte avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Not a time of day.</source>
        <translation>Ce n’est pas une heure.</translation>
    </message>
    <message>
        <source>A date is expected.</source>
        <translation>Une date est attendue.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {max} MB).</source>
        <translation>Le fichier est trop volumineux ({size}&#xa0;Mo&#xa0;; au plus {max}&#xa0;Mo).</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>A file is expected.</source>
        <translation>Un fichier est attendu.</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>Aucun élément «&#xa0;{entity}&#xa0;» avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Not a valid postal code: {value}</source>
        <translation>Code postal incorrect&#xa0;: {value}</translation>
    </message>
    <message>
        <source>A year is expected.</source>
        <translation>Une année est attendue.</translation>
    </message>
    <message>
        <source>This entry is no longer in use; pick another.</source>
        <translation>Cette valeur n’est plus utilisée&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This field cannot be set here.</source>
        <translation>Ce champ ne se renseigne pas ici.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot go from stage {from_stage} to stage {to_stage} (possible: {allowed}).</source>
        <translation>Impossible de passer de l’étape {from_stage} à l’étape {to_stage} (possibles&#xa0;: {allowed}).</translation>
    </message>
    <message>
        <source>This contract ended on {date} and cannot be renewed.</source>
        <translation>Ce contrat a pris fin le {date} et ne peut pas être renouvelé.</translation>
    </message>
    <message>
        <source>A CAPE can be renewed at most {max} times; this one already was (it ends on {date}).</source>
        <translation>Un CAPE se renouvelle au plus {max} fois&#xa0;; celui-ci l’a déjà été (il prend fin le {date}).</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; only (no spaces): {value}</source>
        <translation>Uniquement des minuscules, des chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» (sans espace)&#xa0;: {value}</translation>
    </message>
    <message>
        <source>An item appears twice in the new order.</source>
        <translation>Un élément figure deux fois dans le nouvel ordre.</translation>
    </message>
    <message>
        <source>Unknown item ids: {ids}</source>
        <translation>Identifiants d’éléments inconnus&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits.</source>
        <translation>Un SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Au moins {n} caractères.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {value}</source>
        <translation>Adresse électronique incorrecte&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Not a valid phone number: {value}</source>
        <translation>Numéro de téléphone incorrect&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>Doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Must come after {start}.</source>
        <translation>Doit être après {start}.</translation>
    </message>
    <message>
        <source>Unknown sort key {key}.</source>
        <translation>Clé de tri inconnue : {key}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <source>This database is still empty. Create your incubator to start, or explore the demo first: a made-up incubator you can try everything on.</source>
        <translation>Cette base de données est encore vide. Créez votre couveuse pour commencer, ou découvrez d’abord la démonstration&#xa0;: une couveuse fictive sur laquelle tout essayer.</translation>
    </message>
    <message>
        <source>Create my incubator</source>
        <translation>Créer ma couveuse</translation>
    </message>
    <message>
        <source>Enter its name and create the first administrator account.</source>
        <translation>Saisissez son nom et créez le premier compte administrateur.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Entrepreneurs, coaching sessions and bookings of a fictional incubator, in a separate file. Your own data is not touched.</source>
        <translation>Porteur·ses de projet, rendez-vous d’accompagnement et réservations d’une couveuse fictive, dans un fichier à part. Vos propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>You can complete the profile later in Settings.</source>
        <translation>Vous pourrez compléter la fiche plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>e.g. Couveuse des Arts</source>
        <translation>p. ex. Couveuse des Arts</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier·e administrateur·rice</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Identifiant *</translation>
    </message>
    <message>
        <source>Display name *</source>
        <translation>Nom affiché *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Mot de passe *</translation>
    </message>
    <message>
        <source>Confirm password *</source>
        <translation>Confirmation *</translation>
    </message>
    <message>
        <source>e.g. Camille Martin</source>
        <translation>p. ex. Camille Martin</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Creating the incubator…</source>
        <translation>Création de la couveuse…</translation>
    </message>
    <message>
        <source>Creating the demo database… This takes a few seconds.</source>
        <translation>Création de la base de démonstration… Cela prend quelques secondes.</translation>
    </message>
</context>
</TS>
