"""Use cases of the visitor's identity: identify the visitor of a visit, show who it is,
record that the full identity code was shown.

The clear identity code never reaches storage: only its keyed hash (made by the
database on PostgreSQL).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from console.core.cases import AuditAction, CustomerInfo
from console.core.identity import VisitorIdentity, clean_visitor_name
from console.core.permissions import Permission
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.case_access import audits_refusal, require_visit
from console.desk.case_base import CaseDeskBase, case_error
from console.desk.permits import audit_as, require
from console.desk.queue import Actor
from console.store.queries import transaction


class VisitorDesk(CaseDeskBase):
    """Visitors identified at the counter (part of :class:`console.desk.cases.CaseDesk`)."""

    # ------------------------------------------------------------ identity
    @audits_refusal("identify")
    def identify(
        self, actor: Actor, visit_id: int, identity: VisitorIdentity, *, now: datetime | None = None
    ) -> CustomerInfo:
        """Tie the visit to its visitor, found again by the code's keyed hash or by name."""
        require(actor, Permission.IDENTIFY_VISITOR)
        # visitor_identity() masks the name; a caller that made its own may not have.
        identity = replace(identity, name=clean_visitor_name(identity.name))
        now = now or utc_now()
        with transaction(self.database) as tx:
            if not tx.visit_exists(visit_id):
                raise case_error(QT_TRANSLATE_NOOP("Cases", "This visit no longer exists."))
            require_visit(tx, actor, visit_id, at_counter=True)
            customer: CustomerInfo | None
            if identity.code is not None:
                code_hash = self._hash(tx, identity.code)
                customer = tx.customer_by_hash(code_hash)
                if customer is None:
                    # The hash only: the masked code and the birth date would narrow the
                    # code down to a few thousand candidates for whoever has the key.
                    customer = tx.add_customer(
                        code_hash=code_hash,
                        code_masked=None,
                        name=identity.name,
                        birth_date=None,
                        now=now,
                    )
                elif identity.name and identity.name != customer.name:
                    tx.set_customer_name(customer.id, identity.name)
                    customer = tx.customer(customer.id) or customer
            else:
                assert identity.name is not None
                assert identity.birth_date is not None
                customer = tx.customer_by_name(identity.name, identity.birth_date)
                if customer is None:
                    customer = tx.add_customer(
                        code_hash=None,
                        code_masked=None,
                        name=identity.name,
                        birth_date=identity.birth_date,
                        now=now,
                    )
            tx.set_visit_customer(visit_id, customer.id, identity.name)
            case_id = tx.case_of_visit(visit_id)
            if case_id is not None:
                tx.set_case_customer(case_id, customer.id)
            audit_as(
                tx,
                actor,
                AuditAction.VISITOR_IDENTIFIED,
                now=now,
                case_id=case_id,
                detail=f"visit={visit_id} customer={customer.id}",
            )
            if identity.code is not None:
                # Shown while this visitor is served, from the code typed now; never stored.
                customer = replace(
                    customer, masked_code=identity.code.masked, birth_date=identity.code.birth_date
                )
            return customer

    @audits_refusal("visitor_of_visit")
    def visitor_of_visit(self, actor: Actor, visit_id: int) -> CustomerInfo | None:
        """The visit's visitor, when the visit is the actor's work (and, for a
        consultation, the visitor has agreed to share with the actor's agency)."""
        require(actor, Permission.READ_CASE)
        with transaction(self.database) as tx:
            work = require_visit(tx, actor, visit_id)
            customer_id = tx.visit_customer_id(visit_id)
            if customer_id is None:
                return None
            if not (work.desk or work.at_counter):
                case_id = tx.case_of_visit(visit_id)
                agency_id = tx.agency_id_of_code(actor.agency_code)
                consents = tx.consents(case_id) if case_id is not None else []
                if not any(c.agency_id == agency_id and c.granted for c in consents):
                    return None
            return tx.customer(customer_id)

    @audits_refusal("reveal_identity")
    def reveal_identity(self, actor: Actor, visit_id: int, *, now: datetime | None = None) -> None:
        """Record that the full code was shown (the console holds it; the database never does)."""
        require(actor, Permission.IDENTIFY_VISITOR)
        with transaction(self.database) as tx:
            require_visit(tx, actor, visit_id, at_counter=True)
            audit_as(
                tx,
                actor,
                AuditAction.IDENTITY_REVEALED,
                now=now or utc_now(),
                case_id=tx.case_of_visit(visit_id),
                detail=f"visit={visit_id}",
            )
