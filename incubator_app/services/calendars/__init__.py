"""Calendar files (RFC 5545, with the icalendar package): the .ics invitation attached to an
e-mail, and the feeds of each coach and each bookable room or resource that Outlook,
Thunderbird or Google subscribe to from a shared folder. Above `coaching` (it reads the coaches'
sessions and the bookings), below everything that sends invitations."""
