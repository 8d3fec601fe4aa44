"""A tiny client folder built per test: two procedures, a blank form, a record, minutes."""
from __future__ import annotations

from pathlib import Path

import pytest

MIRRORED = """# Quality Procedure QP-04 Control of Externally Provided Processes

## 4 Context of the organization
The organization shall determine external and internal issues that are relevant to its purpose.

## 7.5 Documented information
The organization shall maintain documented information as applicable.
Documented information shall be retained as evidence of conformity.

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.
The organization shall determine the controls to be applied to external providers.

## 9.1 Monitoring, measurement, analysis and evaluation
The organization shall evaluate the performance and the effectiveness of the system.
"""

OPERATIONAL = """# SOP-12 Goods-in inspection of bar stock

## Steps
1. The Stores Supervisor books the delivery into Epicor within 4 hours of arrival.
2. The Goods-in Inspector checks the mill certificate against the purchase order.
3. If the certificate is missing, quarantine the bars in bay Q2 and email the Buyer.
4. Record the result on form QF-21 with the heat number, inspector and result.

## Escalation
When a supplier sends two wrong certificates in 30 days, the Buyer raises a supplier NCR.
"""

RECORD = """Goods-in log 2026
Date,Heat number,Inspector,Result
03/01/2026,H1001,J. Patel,Pass
10/01/2026,H1002,J. Patel,Pass
17/01/2026,H1003,A. Novak,Fail
24/01/2026,H1004,J. Patel,Pass
31/01/2026,H1005,A. Novak,Pass
"""




@pytest.fixture
def client_set(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    (root / "procedures").mkdir(parents=True)
    (root / "records").mkdir()
    (root / "procedures" / "qp-04-external-providers.md").write_text(MIRRORED, encoding="utf-8")
    (root / "procedures" / "sop-12-goods-in.md").write_text(OPERATIONAL, encoding="utf-8")
    (root / "records" / "goods-in-log.csv").write_text(RECORD, encoding="utf-8")
    return root
