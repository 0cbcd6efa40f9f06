"""Call next in one statement on PostgreSQL (SQLite: nothing to do)

Call next was six statements in one transaction: the skills of the day, the stranded
sweep's lock, "nothing at my counter", the candidates, the claim and the read of the
called step, with BEGIN, COMMIT and the ORM's session around them. Each is short; the
round trips and the Python around them were most of the time (docs/performance.md).

``tiski_call_next`` does the first five on the server in one call, in autocommit:

- ``sweep`` when a visitor is stranded at a stopped console: the caller then takes the
  long way (``ServingDesk.call_next``), which returns them, audited, and claims in the
  same transaction. Nothing is claimed here;
- ``busy`` and the ticket when a ticket is still called or served (not parked) at the
  counter;
- ``called`` and the step's id when a step was claimed; ``empty`` when none can be.

The candidates and their order are those of ``QueueTx.claim_next`` (index probes,
then ``console.core.policy.order_key`` written in SQL): an appointment due now (booked
time no later than ``p_due_by``), then steps that waited more than twice their
service's target, oldest first and priority not counted among them, then priority,
then steps past their target, then the longest waiting. A step handed to a counter or
to a person is called by them alone. tests/test_queue_policy.py holds the result equal
to ``pick_next`` on random queues.

The function runs as the caller (SECURITY INVOKER): the database's row security and
grants apply to it as to the statements it replaces. Each statement in it sees the
rows committed before it began (READ COMMITTED), and the claim is the same
``UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED) AND state = 'waiting'``.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

FUNCTION = (
    "tiski_call_next(p_staff integer, p_counter integer, p_day date, p_now timestamptz,"
    " p_due_by timestamptz, p_stranded_before timestamptz)"
)
SIGNATURE = "tiski_call_next(integer, integer, date, timestamptz, timestamptz, timestamptz)"
RUNTIME = "tiski_staff"
# The plans must not depend on the table's statistics, which may be stale or missing
# (autovacuum off, a bulk load): made once per connection for any values, and a head
# probe reads its index in order and stops at the second row, instead of a bitmap scan
# of the service's whole queue sorted for two rows, which stale statistics choose.
PLANS = (
    "SET plan_cache_mode = force_generic_plan SET enable_bitmapscan = off"
    " SET enable_seqscan = off SET jit = off"
)
CLAIM_ATTEMPTS = 5  # as console.store.queue_queries.CLAIM_ATTEMPTS

# What it returns: the outcome, the ticket still at the counter ("busy"), and the
# called step as every queue action reads it (``QueueTx._step_query``, in its order).
RESULT = (
    "outcome text, busy_ticket text, r_step_id integer, r_visit_id integer,"
    " r_ticket_number text, r_service_id integer, r_service_code text, r_state text,"
    " r_position integer, r_queued_at timestamptz, r_called_at timestamptz,"
    " r_finished_at timestamptz, r_counter_id integer, r_staff_id integer, r_recalls integer,"
    " r_parked_at timestamptz, r_target_counter_id integer, r_target_staff_id integer,"
    " r_language text, r_priority text, r_visitor_name text, r_appointment_at timestamptz,"
    " r_changed_by text, r_changed_at timestamptz"
)
_NOTHING = "NULL::integer, NULL::integer, NULL::text, NULL::integer, NULL::text, NULL::text," + (
    " NULL::integer, NULL::timestamptz, NULL::timestamptz, NULL::timestamptz, NULL::integer,"
    " NULL::integer, NULL::integer, NULL::timestamptz, NULL::integer, NULL::integer,"
    " NULL::text, NULL::text, NULL::text, NULL::timestamptz, NULL::text, NULL::timestamptz"
)


def _heads(condition: str) -> str:
    """Per service of the caller's skills its two oldest plain waiting steps (with
    ``condition``: of those that meet it), read in order from a partial index."""
    return f"""
                SELECT h.* FROM unnest(v_skills) AS k(service_id)
                CROSS JOIN LATERAL (
                    SELECT h.id, h.service_id, h.queued_at, h.priority, h.appointment_at,
                           h.target_counter_id, h.target_staff_id
                    FROM visit_step AS h
                    WHERE h.state = 'waiting' AND h.service_id = k.service_id
                      AND h.target_counter_id IS NULL AND h.target_staff_id IS NULL
                      {condition}
                    ORDER BY h.queued_at, h.id LIMIT 2) AS h"""


BODY = f"""
#variable_conflict use_column
DECLARE
    v_skills integer[];
    v_busy text;
    v_candidate integer;
    v_claimed integer;
BEGIN
    -- A visitor stranded at a stopped console: the caller returns them first.
    IF EXISTS (
        SELECT 1 FROM visit_step AS s
        WHERE s.state IN ('called', 'serving') AND s.kept_at IS NULL
          AND (s.changed_at IS NULL OR s.changed_at < p_stranded_before)
          AND (SELECT max(d.last_seen_at) FROM desk_session AS d
               WHERE d.staff_id = s.staff_id OR d.counter_id = s.counter_id)
              < p_stranded_before
    ) THEN
        RETURN QUERY SELECT 'sweep'::text, NULL::text, {_NOTHING};
        RETURN;
    END IF;

    SELECT v.ticket_number INTO v_busy
    FROM visit_step AS s JOIN visit AS v ON v.id = s.visit_id
    WHERE s.counter_id = p_counter AND s.state IN ('called', 'serving')
      AND s.parked_at IS NULL
    LIMIT 1;
    IF v_busy IS NOT NULL THEN
        RETURN QUERY SELECT 'busy'::text, v_busy, {_NOTHING};
        RETURN;
    END IF;

    -- The skills of the day: a supervisor's plan for the day, else the usual ones.
    SELECT coalesce(array_agg(k.service_id), '{{}}') INTO v_skills FROM (
        SELECT u.service_id FROM staff_skill AS u
        WHERE u.staff_id = p_staff AND NOT EXISTS (
            SELECT 1 FROM staff_day_plan AS p WHERE p.staff_id = p_staff AND p.day = p_day)
        UNION ALL
        SELECT d.service_id FROM staff_day_skill AS d
        WHERE d.staff_id = p_staff AND d.day = p_day
    ) AS k;

    FOR i IN 1..{CLAIM_ATTEMPTS} LOOP
        v_claimed := NULL;
        FOR v_candidate IN
            WITH probe AS (
                {_heads("")}
                UNION ALL
                {_heads("AND h.priority IS NOT NULL")}
                UNION ALL
                SELECT b.id, b.service_id, b.queued_at, b.priority, b.appointment_at,
                       b.target_counter_id, b.target_staff_id
                FROM visit_step AS b
                WHERE b.state = 'waiting' AND b.appointment_at IS NOT NULL
                  AND b.appointment_at <= p_due_by
                UNION ALL
                SELECT t.id, t.service_id, t.queued_at, t.priority, t.appointment_at,
                       t.target_counter_id, t.target_staff_id
                FROM visit_step AS t
                WHERE t.state = 'waiting' AND t.target_counter_id IS NOT NULL
                  AND t.target_counter_id = p_counter
                UNION ALL
                SELECT t.id, t.service_id, t.queued_at, t.priority, t.appointment_at,
                       t.target_counter_id, t.target_staff_id
                FROM visit_step AS t
                WHERE t.state = 'waiting' AND t.target_staff_id IS NOT NULL
                  AND t.target_staff_id = p_staff
            ), candidate AS (
                SELECT c.id, c.queued_at, c.priority IS NOT NULL AS priority,
                       c.appointment_at IS NOT NULL AND c.appointment_at <= p_due_by AS due,
                       p_now - c.queued_at > make_interval(mins => 2 * sv.target_wait_minutes)
                           AS starving,
                       p_now - c.queued_at > make_interval(mins => sv.target_wait_minutes)
                           AS overdue
                FROM probe AS c JOIN service AS sv ON sv.id = c.service_id
                WHERE CASE
                    WHEN c.target_staff_id IS NOT NULL THEN c.target_staff_id = p_staff
                    WHEN c.target_counter_id IS NOT NULL THEN c.target_counter_id = p_counter
                    ELSE c.service_id = ANY (v_skills)
                END
            )
            SELECT candidate.id FROM candidate
            ORDER BY NOT due, NOT starving, NOT (priority AND NOT starving), NOT overdue,
                     queued_at, id
        LOOP
            UPDATE visit_step SET
                state = 'called', called_at = p_now, counter_id = p_counter,
                staff_id = p_staff, changed_at = p_now, changed_by_id = p_staff, recalls = 0
            WHERE visit_step.id = (
                SELECT w.id FROM visit_step AS w
                WHERE w.id = v_candidate AND w.state = 'waiting'
                FOR UPDATE SKIP LOCKED)
              AND visit_step.state = 'waiting'
            RETURNING visit_step.id INTO v_claimed;
            IF v_claimed IS NOT NULL THEN
                RETURN QUERY
                SELECT 'called'::text, NULL::text, s.id, s.visit_id, v.ticket_number::text,
                       s.service_id, sv.code::text, s.state::text, s.position, s.queued_at,
                       s.called_at, s.finished_at, s.counter_id, s.staff_id, s.recalls,
                       s.parked_at, s.target_counter_id, s.target_staff_id,
                       v.language::text, v.priority::text, v.visitor_name::text,
                       v.appointment_at, changer.full_name::text, s.changed_at
                FROM visit_step AS s
                JOIN visit AS v ON v.id = s.visit_id
                JOIN service AS sv ON sv.id = s.service_id
                LEFT JOIN staff AS changer ON changer.id = s.changed_by_id
                WHERE s.id = v_claimed;
                RETURN;
            END IF;
        END LOOP;
        IF NOT FOUND THEN
            EXIT;  -- no candidate at all: nothing to call
        END IF;
        -- Every candidate was taken by other counters meanwhile: look again.
    END LOOP;
    RETURN QUERY SELECT 'empty'::text, NULL::text, {_NOTHING};
END
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    pinned = f'SET search_path = "{schema}", pg_temp'
    op.execute(
        f"CREATE FUNCTION {FUNCTION} RETURNS TABLE ({RESULT})"
        f" LANGUAGE plpgsql VOLATILE SECURITY INVOKER {pinned} {PLANS} AS $body${BODY}$body$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {RUNTIME}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {SIGNATURE}")
