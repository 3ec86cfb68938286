"""Demo data of the skills exchange: fills the exchange tables of an existing demo database.

`fill_exchange(conn, scale=…, seed=…, reference_date=…)` is deterministic for a given scale,
seed and reference date. Members are a share of the demo's entrepreneurs plus neighbours and
associations of the quartier (contacts and organisations: the seed's local exchange between
inhabitants, associations and institutions), and the incubator's own account that welcomes each
newcomer with two hours. Transfers follow the same rules as the services (double entry, balances
after each movement, default limits respected), a few are reversed, a few requests wait.
Rows go in bulk through demo/writer.py, like the rest of demo/.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random

from sqlalchemy import Connection, func, select

from incubator_app.demo.places import SITES
from incubator_app.demo.writer import BulkWriter
from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeAccount,
    ExchangeListing,
    ExchangeMovement,
    ExchangePaymentRequest,
    ExchangeTransfer,
)

# (members, transfers) per demo scale; the benchmark passes its own sizes.
EXCHANGE_SIZES: dict[str, tuple[int, int]] = {
    "small": (40, 400),
    "incubator": (800, 20_000),
    "network": (5_000, 200_000),
}
WELCOME_MINUTES = 120
LOW, HIGH = -20 * 60, 40 * 60

# (category, title, tags, usual minutes)
OFFERS = (
    ("Son et musique", "Enregistrement d'une maquette", "enregistrement,mixage,studio", 180),
    ("Son et musique", "Mixage d'un titre", "mixage,son", 120),
    ("Son et musique", "Initiation à la MAO", "mao,ableton", 90),
    ("Image et graphisme", "Affiche pour un spectacle", "affiche,graphisme,print", 180),
    ("Image et graphisme", "Logo et charte graphique", "logo,identite", 240),
    ("Image et graphisme", "Photos d'un atelier ou d'une œuvre", "photo,portfolio", 120),
    ("Vidéo", "Teaser vidéo d'un spectacle", "video,montage", 240),
    ("Vidéo", "Captation d'un concert", "video,captation", 180),
    ("Scène et voix", "Coaching de pitch", "pitch,oral", 60),
    ("Scène et voix", "Travail de la voix avant un rendez-vous", "voix,oral", 60),
    ("Écriture et relecture", "Relecture d'un dossier de subvention", "subvention,relecture", 90),
    ("Écriture et relecture", "Rédaction d'un communiqué de presse", "presse,redaction", 90),
    ("Écriture et relecture", "Traduction d'une plaquette en anglais", "traduction,anglais", 120),
    ("Gestion et administratif", "Aide à la facturation", "facture,devis", 60),
    ("Gestion et administratif", "Prise en main d'un tableur de trésorerie", "tresorerie", 60),
    ("Numérique", "Mise en ligne d'un site vitrine", "site,web", 180),
    ("Numérique", "Animation d'un compte Instagram", "reseaux,instagram", 60),
    ("Artisanat et fabrication", "Découpe laser d'un prototype", "fablab,prototype", 90),
    ("Artisanat et fabrication", "Réparation d'un instrument", "lutherie,reparation", 120),
    ("Communication", "Préparer un kit presse", "presse,diffusion", 120),
    ("Coup de main", "Montage d'un stand sur un marché", "stand,marche", 180),
    ("Coup de main", "Transport de décors", "transport,decor", 120),
)
FIRST = (
    "Aïcha Bastien Camille Driss Élodie Farid Gaëlle Hugo Inès Jules Karima Léo Maëlle "
    "Nadir Océane Pierre Rania Sacha Thaïs Ulysse Victoire Yacine Zoé".split()
)
LAST = (
    "Abadie Benali Castel Delorme Estève Ferrand Giraud Haddad Imbert Jourdan Khelifi "
    "Lambert Mercier Nguyen Orsini Pellegrin Roussel Santoni Touati Vidal".split()
)
ASSOCIATIONS = (
    "Association des habitants de {q}",
    "Centre social de {q}",
    "Comité des fêtes de {q}",
    "Jardin partagé de {q}",
    "Médiathèque de {q}",
    "Maison pour tous de {q}",
)
NEIGHBOUR_COMMUNES = ("Aubagne", "Allauch", "Septèmes-les-Vallons", "Plan-de-Cuques")
QUARTIERS = (
    "Belsunce",
    "Noailles",
    "La Joliette",
    "Saint-Mauront",
    "La Belle de Mai",
    "Le Panier",
    "Les Crottes",
    "Saint-Lazare",
    "Le Cours Julien",
    "La Plaine",
)


@dataclass
class _Member:
    id: int
    commune: str
    quartier: str | None
    joined: int  # day ordinal
    balance: int = 0
    moves: int = 0
    last: int | None = None


def fill_exchange(
    conn: Connection,
    *,
    scale: str,
    seed: int,
    reference_date: date,
    members: int | None = None,
    transfers: int | None = None,
) -> dict[str, int]:
    """Fills the (empty) exchange tables; returns the rows written per table. Commits."""
    default_members, default_transfers = EXCHANGE_SIZES.get(scale, EXCHANGE_SIZES["small"])
    n_members = members if members is not None else default_members
    n_transfers = transfers if transfers is not None else default_transfers
    rng = Random(f"exchange-{scale}-{seed}")
    ref = reference_date.toordinal()
    start = ref - 2 * 365
    w = BulkWriter(conn)
    for table in (
        "exchange_account",
        "exchange_listing",
        "exchange_transfer",
        "exchange_movement",
        "exchange_payment_request",
    ):
        w.next_ids[table] = (
            conn.scalar(
                select(
                    func.max(
                        {
                            "exchange_account": ExchangeAccount.id,
                            "exchange_listing": ExchangeListing.id,
                            "exchange_transfer": ExchangeTransfer.id,
                            "exchange_movement": ExchangeMovement.id,
                            "exchange_payment_request": ExchangePaymentRequest.id,
                        }[table]
                    )
                )
            )
            or 0
        ) + 1
    stamp = w.stamp(start)
    w.declare(
        "exchange_settings",
        "id auto_accept_days limit_mode default_min_minutes "
        "default_max_minutes expiry_warning_days",
        versioned=True,
    )
    if not conn.scalar(
        select(func.count()).select_from(ExchangeAccount.metadata.tables["exchange_settings"])
    ):
        w.add("exchange_settings", (1, 14, "refuse", LOW, HIGH, 7, 1, stamp, stamp))
    w.declare(
        "exchange_account",
        "id kind entrepreneur_id name commune neighbourhood "
        "professional_activity min_minutes max_minutes balance_public active joined_on",
        versioned=True,
    )
    w.declare("exchange_balance", "account_id minutes movement_count last_movement_on")

    house = _Member(w.take_id("exchange_account"), "Marseille", None, start)
    w.add(
        "exchange_account",
        (
            house.id,
            AccountKind.INCUBATOR.value,
            None,
            "La couveuse",
            "Marseille",
            None,
            None,
            None,
            None,
            True,
            True,
            w.day(start),
            1,
            stamp,
            stamp,
        ),
    )
    people = conn.execute(
        select(Entrepreneur.id, Entrepreneur.commune, Entrepreneur.entry_date).order_by(
            Entrepreneur.id
        )
    ).all()
    chosen = sorted(rng.sample(people, min(len(people), n_members * 3 // 4)))
    roster: list[_Member] = []
    for person_id, commune, entry in chosen:
        joined = max(start, entry.toordinal() if entry else start) if entry else start
        joined = min(joined, ref - 1)
        m = _Member(w.take_id("exchange_account"), commune or "Marseille", None, joined)
        roster.append(m)
        w.add(
            "exchange_account",
            (
                m.id,
                AccountKind.ENTREPRENEUR.value,
                person_id,
                None,
                None,
                None,
                None,
                None,
                None,
                rng.random() < 0.2,
                True,
                w.day(joined),
                1,
                stamp,
                stamp,
            ),
        )
    communes = [SITES[0].commune] * 6 + list(NEIGHBOUR_COMMUNES)
    while len(roster) < n_members:
        quartier = rng.choice(QUARTIERS)
        if rng.random() < 0.2:
            kind, name = AccountKind.ORGANISATION, rng.choice(ASSOCIATIONS).format(q=quartier)
            name = f"{name} ({len(roster)})" if rng.random() < 0.5 else name
        else:
            kind, name = AccountKind.CONTACT, f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        joined = start + int(rng.random() * (ref - start - 1))
        m = _Member(w.take_id("exchange_account"), rng.choice(communes), quartier, joined)
        roster.append(m)
        w.add(
            "exchange_account",
            (
                m.id,
                kind.value,
                None,
                name,
                m.commune,
                quartier,
                None,
                None,
                None,
                rng.random() < 0.3,
                True,
                w.day(joined),
                1,
                stamp,
                stamp,
            ),
        )
    _write_listings(w, rng, roster, ref)
    _write_transfers(w, rng, house, roster, n_transfers, start, ref)
    for m in (house, *roster):
        w.add(
            "exchange_balance",
            (m.id, m.balance, m.moves, None if m.last is None else w.day(m.last)),
        )
    w.flush()
    w.reset_sequences()
    conn.commit()
    return {k: v for k, v in w.counts.items() if k.startswith("exchange")}


def _write_listings(w: BulkWriter, rng: Random, roster: list[_Member], ref: int) -> None:
    w.declare(
        "exchange_listing",
        "id account_id kind title description category tags territory "
        "availability estimated_minutes published_on expires_on status "
        "professional_review expiry_warned_on",
        versioned=True,
    )
    for m in roster:
        for _ in range(rng.choice((0, 1, 1, 2))):
            category, title, tags, minutes = rng.choice(OFFERS)
            kind = "offer" if rng.random() < 0.6 else "request"
            published = m.joined + int(rng.random() * max(1, ref - m.joined))
            expires = published + rng.choice((30, 60, 90, 180))
            status = "open" if expires >= ref - 30 else "closed"
            review = "pending" if kind == "offer" and rng.random() < 0.04 else "not_needed"
            stamp = w.stamp(published)
            w.add(
                "exchange_listing",
                (
                    w.take_id("exchange_listing"),
                    m.id,
                    kind,
                    title,
                    None,
                    category,
                    tags,
                    m.quartier or m.commune,
                    rng.choice(("Soirs et week-ends", "En semaine", None)),
                    minutes,
                    w.day(published),
                    w.day(expires),
                    status,
                    review,
                    None,
                    1,
                    stamp,
                    stamp,
                ),
            )


def _write_transfers(
    w: BulkWriter,
    rng: Random,
    house: _Member,
    roster: list[_Member],
    n_transfers: int,
    start: int,
    ref: int,
) -> None:
    w.declare(
        "exchange_transfer",
        "id kind done_on total_minutes category listing_id note "
        "reverses_id flagged recorded_by created_at updated_at",
    )
    w.declare("exchange_movement", "id transfer_id account_id minutes balance_after done_on")
    w.declare(
        "exchange_payment_request",
        "id payer_id payee_id minutes category listing_id note "
        "requested_on auto_accept_on status decided_on refusal_reason transfer_id",
        versioned=True,
    )
    by_join = sorted(roster, key=lambda m: m.joined)
    welcomed = 0
    recent: list[tuple[int, dict[int, int], str]] = []

    def post(
        day: int,
        deltas: dict[int, int],
        category: str | None,
        note: str | None,
        reverses: int | None = None,
    ) -> int:
        tid = w.take_id("exchange_transfer")
        stamp = w.stamp(day, 540 + int(rng.random() * 540))
        w.add(
            "exchange_transfer",
            (
                tid,
                "reversal" if reverses else "transfer",
                w.day(day),
                sum(d for d in deltas.values() if d > 0),
                category,
                None,
                note,
                reverses,
                False,
                "demo",
                stamp,
                stamp,
            ),
        )
        members = {house.id: house} | {m.id: m for m in roster_by_id(deltas)}
        for account_id in sorted(deltas):
            m = members[account_id]
            m.balance += deltas[account_id]
            m.moves += 1
            m.last = day
            w.add(
                "exchange_movement",
                (
                    w.take_id("exchange_movement"),
                    tid,
                    account_id,
                    deltas[account_id],
                    m.balance,
                    w.day(day),
                ),
            )
        return tid

    index = {m.id: m for m in roster}

    def roster_by_id(deltas: dict[int, int]) -> list[_Member]:
        return [index[a] for a in deltas if a in index]

    def fits(deltas: dict[int, int]) -> bool:
        for account_id, delta in deltas.items():
            if account_id == house.id:
                continue
            after = index[account_id].balance + delta
            if (delta < 0 and after < LOW) or (delta > 0 and after > HIGH):
                return False
        return True

    span = ref - start
    posted = attempts = 0
    # Counts the exchanges between members (welcome hours come on top); a draw that a limit
    # would refuse is drawn again, so the size asked for is the size written.
    while posted < n_transfers and attempts < 4 * n_transfers:
        attempts += 1
        day = start + (posted * span) // max(1, n_transfers)
        # Newcomers who joined by that day get their welcome hours first.
        while welcomed < len(by_join) and by_join[welcomed].joined <= day:
            m = by_join[welcomed]
            post(
                m.joined,
                {house.id: -WELCOME_MINUTES, m.id: WELCOME_MINUTES},
                "Accueil",
                "Heures de bienvenue",
            )
            welcomed += 1
        present = by_join[:welcomed]
        if len(present) < 3:
            posted += 1
            continue
        category, title, _, minutes = rng.choice(OFFERS)
        minutes = max(15, minutes // 2 + 15 * int(rng.random() * 8))
        if rng.random() < 0.08:
            giver, *learners = rng.sample(present, min(len(present), rng.randint(4, 9)))
            share = 60 if rng.random() < 0.5 else 90
            deltas = {giver.id: share * len(learners)} | {m.id: -share for m in learners}
            note = f"Atelier : {title}"
        else:
            giver, receiver = rng.sample(present, 2)
            deltas = {giver.id: minutes, receiver.id: -minutes}
            note = title
        if not fits(deltas):
            continue
        posted += 1
        tid = post(day, deltas, category, note)
        recent.append((tid, deltas, category))
        if len(recent) > 50:
            recent.pop(0)
        if rng.random() < 0.01 and recent:
            old_id, old, old_category = recent.pop(int(rng.random() * len(recent)))
            post(day, {a: -d for a, d in old.items()}, old_category, "Saisie en double", old_id)
    # A few requests waiting for the payer's answer, due within the next two weeks.
    present = by_join[:welcomed]
    for _ in range(min(len(present) // 10, 200)):
        payer, payee = rng.sample(present, 2)
        requested = ref - int(rng.random() * 13)
        category, title, _, minutes = rng.choice(OFFERS)
        stamp = w.stamp(requested)
        w.add(
            "exchange_payment_request",
            (
                w.take_id("exchange_payment_request"),
                payer.id,
                payee.id,
                minutes,
                category,
                None,
                title,
                w.day(requested),
                w.day(requested + 14),
                "pending",
                None,
                None,
                None,
                1,
                stamp,
                stamp,
            ),
        )
