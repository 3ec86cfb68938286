<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountsTab</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets an account locked after too many failed sign-ins sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remembered si&amp;gn-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every computer that remembers this account asks for its password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator creates and changes accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password saved for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} remembered sign-in(s) ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchieveDialog</name>
    <message>
        <source>Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document, a link, a sentence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>{login} may only change action items assigned to them or from their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entrepreneur did not take part in that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <source>Next step agreed… (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 w&amp;eeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 mont&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigning the action…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The application also backs the database up before every upgrade. The ten most recent backups of each kind are kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its administrator, with psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator backups (*.zip *.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole database with the backup {name}? Everything recorded since that backup will be replaced; the current database is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {name}. The database as it was is saved in {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. The application now reopens the database (you may be asked to sign in again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms and equipment are never double-booked: a taken slot is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name… (empty: nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bookable resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingFields</name>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booking {booking} is already charged (usage {usage}); it is never charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled booking is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking has not taken place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is for nobody: say who to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 days or weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many times, or until which day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and {max} occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to book: every occurrence is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was booked: the occurrence of {when} is no longer free. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; say which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service “{name}” cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {capacity} for “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{service}” would be booked twice by this series on {day} from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{service}” is fully booked on {day} from {start} to {end} ({capacity} places, taken by {holder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{service}” is already booked by {holder} on {day} from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled booking cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking already charged cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking {id} is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking {id} took place and was charged; it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Re&amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N, or drag on the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurr&amp;ing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;ge the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn every past booking of the month shown into a service usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the grid or press Ctrl+N to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookable resource yet: mark a room or equipment as bookable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1: %2, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2? The slot becomes free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging the booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 charged: %2 excl. VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge every booking of %1 that has taken place and is not charged yet, for all resources? Bookings already charged are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bookings charged (%2 excl. VAT). Already charged: %3. Without an entrepreneur: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging the bookings of the month…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* coached, but another coach is the referent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entrepreneurs · {month} this month · {year} this year · {late} overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Accounting</source>
        <extracomment>Categories offered when editing a service (the incubator may type its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office and hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing under the incubator&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / change &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db is required for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo in {db} is up to date (reference date {date}): kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo in {db} had no reference date (an older version): rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo in {db} dated from {date}, over {days} days ago: rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date of the demo (its today): {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as {login} / {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version: {head}, {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the new account {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {login} created ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {value} is not a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {value} is outside the years {low}–{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {value} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must look like 2026-11, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: a file name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database only (pg_dump, restored with psql); the documents stay in {folder}: back that folder up with the files of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds the database and {count} document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} document(s) named by the database were missing or damaged in {folder} and are not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {db} from {backup} ({count} document(s) put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it replaced is saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {rows} rows ({format}, {encoding}, delimiter {delimiter}, header on row {header}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the {rows} rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entrepreneurs imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: {path} must end with .csv or .xlsx{format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entrepreneurs written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{transfers} transfers, {movements} movements, {accounts} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every transfer has its balanced movements (broken: {ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each balance equals the sum of its movements (wrong: {ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is zero (balances {total}, movements {movements})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accepted} requests accepted, {blocked} blocked by a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from and --to, the first day before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: {hours} exchanged in {transfers} exchanges; {active} active members out of {members}, {average} each on average (the incubator&apos;s own account is not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: {field} “{value}” → {target} ({count} row(s), {how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no close entry in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear suggestion: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclear, closest: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} value(s) of the file have no clear entry in their list; nothing was imported. Say what each becomes in a --values MAP.json (given with --values auto):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} value(s) of the file are in no list; nothing was imported. Say what each becomes with --values MAP.json, or --values auto for the clear suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{value}” (column {column}, row(s) {rows}): {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And {count} other problem(s), listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was supported under grant {grant} in this period; the report says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session on {day}: nothing to sign.</source>
        <extracomment>Words for the default file name: the entrepreneur&apos;s name, the grant&apos;s reference…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output must end with .csv or .pdf: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on stdin (one line is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user LOGIN is required: this command needs an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>Sessions cannot be sorted by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every 1 or more.</source>
        <extracomment>A series longer than this is almost surely a typo in the end date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends before its first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has at most {n} sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item {n} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item {n} is for someone not in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} may only log or change their own coaching sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author of the confidential notes or an admin may change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin may write its confidential notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a participant: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entrepreneur is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual session has exactly one participant ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective session needs participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entrepreneur ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown topic ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPeriods</name>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerTab</name>
    <message>
        <source>Starts in {language} next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage of the application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for my pass&amp;word next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved: the record was changed in the meantime. Reload it to see the other version, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record&apos;s version changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Narrowest width of a tile (its title wraps onto two lines) and of a chart card side by side. From this width the due lists stand in two columns. The reference day; None means the computer&apos;s date (tests and demos pin it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the people and figures are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts ended, stage to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months; this month in full colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who entered, by the furthest stage reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubated now, by discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs under contract today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action item is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract ends soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract is past its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is due: every former entrepreneur has been asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange offers about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer or request of the exchange expires soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month: {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduate, exit or renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {hours} in {n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
Due {date} — assigned to {coach}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the contract ended on {date} but the stage still says incubated. Graduate, record the exit or renew the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
Expires on {date}: warn {author}, or renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown scale {scale}; expected one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} already holds data; demo data would replace all of it. Use --force to delete everything and generate the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is not a demo database; --if-stale never replaces it.</source>
        <extracomment>A demo whose reference date is more than this many days before today is rebuilt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or use Attach. At most {max} MB per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {mm} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Below baccalauréat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baccalauréat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac + 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac + 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac + 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incubator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value chosen for an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurCoachingTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions · {hours} (attended: {attended_n} · {attended_hours})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurEditor</name>
    <message>
        <source>&amp;Profile</source>
        <extracomment>A new record was saved (its id). The user asked to open another record (duplicate warning link).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;hway &amp;&amp; contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services &amp;&amp; &amp;revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be on file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing record, or save again to create a new one anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurLookup</name>
    <message>
        <source>No single entrepreneur is called “{text}”; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurMilestonesTab</name>
    <message>
        <source>Add…</source>
        <extracomment>Reference day for &quot;overdue&quot; and default dates; None: the computer&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the milestone “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone template exists yet (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the milestones…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurPicker</name>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneurServicesTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Service usage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record re&amp;venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue and contribution&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue {revenue} · contribution due {contribution}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrepreneursPage</name>
    <message>
        <source>The support contract has ended: update the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support contract ends within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrepreneur (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, project, e-mail or town (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide archived records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ending within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended, stage to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose support contract has passed its end date while their stage still says incubated: graduate them, record their exit or renew the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Invalid input — {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by “{label}”; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an incubator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the incubator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; an administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make another account administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account already has a coach profile: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “{name}” is missing from the documents folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be deleted: there is history ({what}). Archive the record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would break a rule of the database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Use the entrepreneur&apos;s or incubator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum balance cannot be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum balance cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entrepreneur&apos;s name is changed on their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange member with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several members are called “{name}”: give the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange member “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duration: “{value}” (write 1,5 or 1h30 or 90 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gives the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who receives the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side of a transfer must be a single member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot exchange hours with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} members in one transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} no longer takes part in the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer or request with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {id} was already reversed by {by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} would go down to {after}, below the minimum of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} would go up to {after}, above the maximum of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing lasts at most a year; renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request {id} is no longer waiting ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment request with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incubator&apos;s own account has no limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of {member} is private (staff only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the default limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatementTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — balance %2 (start of period %3): %4 received, %5 given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse exchange no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with the reversal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>entrepreneurs-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>The period ends before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses still active after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex — beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was supported under this grant during this period: there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective sessions (workshops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours received (per participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours received per person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seeker at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving social minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>26 to 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people supported, {hours} of coaching received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported: beneficiaries of the grant whose pathway overlaps the period, or who attended a coaching session in it. Hours received count each participant of a workshop; hours delivered count each session once. Businesses still active: follow-up checks of people who left to create their business, known at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>A funder named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funder already has a grant “{reference}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions outside the grant&apos;s period: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>No entrepreneurs yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Woman</source>
        <extracomment>Lists a value may be added to from an import (by someone who manages the settings). A cohort needs dates and a programme, a coach is a person: they are created where they belong. The target that adds the value of the file to its list, under its own name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <extracomment>Screenshots are 900 px wide files shown at most this wide (sharp on high-density screens).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and staff can read the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HorizontalBarChart</name>
    <message>
        <source>Nobody incubated right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 782 00010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage of reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, printed at the top of every PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the incubator&apos;s identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must hold an object such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {column} is not a column with a list of values; expected one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {column}: {target} is not in the list ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a known {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values cannot be added to this list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new entry of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (expected 21/11/2026 or 2026-11-21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a year (expected 1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not yes or no (oui/non).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a gender (expected F, H or autre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an education level (expected bac, bac+2, bac+5…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) in the file. First: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field {field}; expected one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must hold an object such as {{&quot;Nom&quot;: &quot;last_name&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has {n} columns; the file has {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds this required field; name a column for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {other} already fills this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with this e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name and birth year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name} took over {seconds} s: stopped (is it a real table?).</source>
        <extracomment>Mapping and value files (JSON): small by nature. Chooses the header among the first records (0-based index); default: the first non-blank.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; at most {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither a CSV nor an XLSX file (it is not text, nor a workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB (at most {limit} MB): it is not an ordinary workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has cells up to row {rows} and column {columns}: at most {max_rows} rows and {max_columns} columns can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) to import. Check the mapping, then run a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value(s) still to choose on the values page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until they are fixed in the file or the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 possible duplicate(s) to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: which field each column fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: what the values no list knows become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value(s) still to choose; the rows holding them cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value has a choice: run the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Last name</source>
        <extracomment>Fields a column can fill, in the order the mapping combo lists them, with their labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority district (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <source>Publish an offer or a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer: I can do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: I am looking for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche pour un spectacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiche, graphisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,5 or 1h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (&amp;hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the member&apos;s trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade. An exchange system stays non-professional only while exchanges are occasional and outside one&apos;s trade: staff will review it in the list before it is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Offers and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the title or tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpired too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade: staff decide whether it stays in the exchange (non-professional use only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an offer or a request to see its matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an exchan&amp;ge for it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rene&amp;w for 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow in the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw (professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: renew it if it still stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): its author is warned; renew it if it still stands.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) expire by %1: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last visit: tell their authors, or renew.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matches of « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Disciplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new value, or the new name of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts are listed newest first, by start date. A retired cohort stays on its members&apos; records and is no longer offered in the pickers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired value stays on the records that have it and is no longer offered in the pickers. Exit outcomes are a fixed list (the categories funders count), and service categories are typed on each service of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSessionDialog</name>
    <message>
        <source>Edit a coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed (shared with the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ion items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants: type a few letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an entrepreneur first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already logged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session with the same coach and entrepreneur is already logged at an overlapping time ({when}). Save this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is part of a series. Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this coaching session? Its action items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you and the admins can read these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only their author or an admin can read or change these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin can read or write these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has confidential notes: they stay with their author, and the new coach will not read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your account to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, open directly without asking for the password. Only if you are the only person using this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this computer has no password keyring (such as Secret Service or the Windows Credential Manager) to keep the sign-in safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: log in as admin / demo-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Asks the application to close this session and open another database (path or URL). Asks the application to forget the remembered user and show the login again. Emitted once the window has closed (the application then ends or switches database).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;coaching session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incubator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <comment>file name of a backup copy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator backups: database and documents (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incubator {version}&lt;/h3&gt;&lt;p&gt;Run a cultural business incubator: entrepreneurs, coaching, milestones, shared services and funder reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panier, Belsunce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphic designer, sound engineer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category&apos;s or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &amp;agrees to show their balance to everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes part in the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member of the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;eighbourhood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared t&amp;rade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum balance (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum balance (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberGroup</name>
    <message>
        <source>Add this member and type another one (or type + after the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member from the list, then add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>• {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The operation was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialogs</name>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineStrip</name>
    <message>
        <source>Milestone timeline</source>
        <extracomment>The selected milestone&apos;s id (None when nothing is selected). Enter or double-click on a milestone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>The programme {programme} already has a milestone “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>Milestones and actions</source>
        <extracomment>The reference day for &quot;overdue&quot; and &quot;this month&quot;; None: the computer&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen the entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected milestone achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChargeDialog</name>
    <message>
        <source>Charge a monthly subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entrepreneur under a running contract this month; those already charged for the service this month are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already charged: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service and a quantity such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}, {month}: {count} to charge {amount} excl. VAT each (total {total} incl. VAT); {skipped} already charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Charge %n entrepreneur(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signs in with this login and password, then may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open an a&amp;ccount for every entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neighbour, an association or an institution of the quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exchanged in %2 exchanges; %3 active members out of %4, %5 each on average (the incubator&apos;s own account is not counted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services &amp; bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Remove the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name} ({login}). Tell them in person, not by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Stage</source>
        <extracomment>The entrepreneur as the stage change left it (new version).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract yet: one starts on incubation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}; renewed {renewals} of {max} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The contract ends within {days} days ({end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The contract ended on {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage is still Incubated: record the graduation or the exit, or renew the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit needs an outcome and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the contract…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then Generate preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Unknown period {p}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{login} ({role}) may not do this: {permission}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in the next versions</source>
        <extracomment>Change kinds this page displays; a broadcast touching none of them is ignored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of the contract:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile at entry (for funders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>The locale of each language: numbers, month names and dates. English is British English, so that a date reads dd/mm/yyyy in both languages (30/11/2026, never 11/30/26).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, project, e-mail or town…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a project, an e-mail or a town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrepreneur matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickUsageDialog</name>
    <message>
        <source>Record a service usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged at the price of the day of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} excl. VAT ({price} × {qty}, VAT {rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a quantity such as 1,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the usage…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>First name</source>
        <extracomment>Fields never shown: the row&apos;s owner (every row of the tab is the record&apos;s), technical keys. The marker the coaching service writes instead of confidential notes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution on revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same slot every week or every day. Occurrences that are already taken are listed before anything is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurrences are free, %2 are already taken (in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book %1, skip %2 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 occurrences are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking the occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Entrepreneur progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s &amp;comment (printed at the end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading grants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All sessions of the day (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{start} — {coach} ({n} participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entrepreneur: type a name, then pick it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Attendance sheet — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly attendance — {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end} ({renewals} renewals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching hours per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and their summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared services used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared service used in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is cut here: its full text has {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills exchange statement — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exchanges to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills exchange statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at the end of each month (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <extracomment>Least space between the incubator&apos;s name and the report title in the running header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement — {name} — {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report for {month}: no service used, no booking, no revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET {siret}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared service used this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking is charged by the service usage recorded for it; cancelled bookings are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue recorded this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution ({rate} under the support contract) applies to the revenue invoiced by the incubator only; own invoicing owes none. It bears no VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services, excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services, incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution on revenue ({rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the report as</source>
        <extracomment>(default path, file filter) -&gt; chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be opened for preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revenue</name>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue over the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueColumns</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One amount per month and channel: saving again replaces the amount already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in euros, e.g. 1 234,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet for {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded for {month}: {amount}. Saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount in euros, zero or more, such as 1 234,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the revenue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ord revenue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) — revenue {revenue} · contribution due {due}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — revenue over the contract: {total}, contribution {due}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the exchange, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it and flag it for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests accepted &amp;automatically after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn the author of an offer before it expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer &amp;beyond a limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum balance&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum balance&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybod&amp;y (default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hours (20 or 20h30). A member&apos;s own limits, set in their member settings on the Statement tab, come first; then their category&apos;s; an empty category uses the default. The incubator&apos;s own account has no limit. Only a transfer that takes a balance further beyond a limit is checked: a member beyond a lowered limit can always come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of the balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change these rules: they are shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum balance (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum balance (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum balance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum balance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are saved; the next exchanges follow them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConfirmation</name>
    <message>
        <source>Changes saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Type an amount such as 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price change applies from its date on: past usage keeps its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookable (room, equipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice excl. VAT (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the service…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceUnits</name>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceUsage</name>
    <message>
        <source>No service with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service “{name}” is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is cancelled or is for another service or entrepreneur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions · {hours} · {people} entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow changing these settings: they are shown read-only. Ask an administrator to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedServicesPage</name>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <extracomment>Qt.Key values from here on are media and browser keys (&quot;Save&quot;, &quot;Back&quot;), absent from most keyboards: the standard keys (Ctrl+S, Alt+Left) say enough.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcuts that work in this window now (the page and tabs on show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Chooses the user without a dialog (selftest, benchmarks); None falls back to the login.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} has no incubator yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoiced under the incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entrepreneur and a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Services: {ht} excl. VAT + {vat} VAT = &lt;b&gt;{ttc}&lt;/b&gt; · bookings: {bookings} · revenue: {revenue} (share {share}) → contribution &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Amount due: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <extracomment>The copy made before an upgrade: the database alone. What the backups folder lists and a restore accepts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory database has no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump is needed to back up a PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SQLite database can be restored by the application; restore a PostgreSQL dump with psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the database in use, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a backup of an incubator database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in {path} is damaged ({reason}): not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason} (the database is unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an incubator backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest lists no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds too many files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an unexpected file name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a readable archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {path} needs {size} MB of free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of incubator_app (schema {revision}); install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s data, not incubator_app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt {kind} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing {kind} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quick-search index is out of step with the entrepreneurs ({missing} missing, {stray} stray): run check --repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity summary and quick-search index recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database address (expected a file path or postgresql+psycopg://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database (not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was left open by a program that stopped: open it once with &apos;incubator-app migrate&apos; or the application to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;incubator-app migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable by other users until now, made private (owner only): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name to start the templates of another programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue after the start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These milestones are planned when a contract of the programme starts. Changing or removing a template leaves the milestones already planned as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the milestone templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>1,5 or 1h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a re&amp;quest: the payer accepts it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid by (received the service):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credited to (gave the service):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted automatically on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests waiting for the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted automatically after the delay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a limit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settles the offer « %1 » of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles the request « %1 » of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both members from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several members on one side only: one giver, or one payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no. %1 sent: %2 from %3 to %4, accepted automatically on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange no. %1 recorded: %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond a limit: flagged for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it refused?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <source>All entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onthly charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value {value}; expected one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; only (no spaces): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item appears twice in the new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIRET has 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{siret} is not a valid SIRET: its check digit is wrong (look for a typo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone {zone} (e.g. Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large (at most {size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <extracomment>Same first and last name once accents, case and spacing are set aside, whatever the birth years (`Maëlle BOYADJIAN` and `Maelle Boyadjian`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user account with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <extracomment>Upper bounds (inclusive) of the age bands; the last band is &quot;55 and over&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name “{name}” has no visible character: rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a file name: rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension): rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {max} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come after {start}.</source>
        <extracomment>Sorts on entrepreneur_activity&apos;s dates (kept by triggers, indexed). See EntrepreneurListSource._broad: one person in 20 or more. Stages in pathway order, for sorting by stage (not alphabetically). Matched as the quick search matches (services/text_match.py). Candidates, admitted and incubated people (ACTIVE_STAGES) not archived; stages picked in `stages` replace the stage part. Only people whose contract is still open after its end date (stage to update). The sort keys the source accepts (one per list column, plus a few for exports).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go from stage {from_stage} to stage {to_stage} (possible: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract ended on {date} and cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAPE can be renewed at most {max} times; this one already was (it ends on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid postal code: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in use; pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort key {sort_key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry date comes before the birth year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Every value of the file is in its list.</source>
        <extracomment>The combo value of &quot;Choose…&quot; (nothing decided yet); None means &quot;leave empty&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value(s) of the file are in no list. Choose what each becomes (the closest entries come first); your choices are remembered for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clear suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ P&amp;revious week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is still empty. Create your incubator to start, or explore the demo first: a made-up incubator you can try everything on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter its name and create the first administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurs, coaching sessions and bookings of a fictional incubator, in a separate file. Your own data is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can complete the profile later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Couveuse des Arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Camille Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the incubator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database… This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SessionsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
