"""Anchors: "EC2" is a cloud service, not a form's code; "at scale" is a manner, not a weighing scale.

Seen on real sets in session 17: an ISO 27001 pack's risk and continuity policies (epactltd/infra, "epact") name "EC2
AMIs" and "(ALB, EC2, RDS)", read as form codes like "QF-12"; a foundation's company description and user pages
(publiccodenet/about, "publiccode") say "collaboration at scale", "economies of scale", "helping their work scale",
read as equipment. The sentences below are written for these tests.
"""
from __future__ import annotations

import pytest

from cm_helpers import anchors


@pytest.mark.parametrize("text", [
    "Unpatched vulnerabilities in EC2 AMIs are tracked in the risk register.",
    "Customer-facing services (ALB, EC2, RDS) are restored first.",
    "Backups are copied to S3 every night.",
])
def test_cloud_services_named_like_codes_are_systems_not_forms(text):
    found = anchors(text)
    assert not [t for t, kind in found if kind == "form" and t in ("EC2", "S3")], found
    assert [t for t, kind in found if kind == "system" and t in ("EC2", "S3")], found


def test_a_forms_code_is_still_a_form():
    assert ("F3", "form") in anchors("Fill in form QF-12 and send F3 to the Quality Lead.")


@pytest.mark.parametrize("text", [
    "GitHub is a powerful tool for collaboration at scale.",
    "Collaborating at the scale needed to maintain a codebase is hard.",
    "Sharing code enables economies of scale.",
    "We help public organizations with their code, helping their work scale.",
])
def test_scale_as_a_manner_is_no_equipment(text):
    assert not [t for t, kind in anchors(text) if "scale" in t], anchors(text)


@pytest.mark.parametrize("text", [
    "Weigh each sample on the scale in the store room.",
    "The Lab Technician calibrates the scales every month.",
])
def test_a_weighing_scale_is_still_equipment(text):
    assert [t for t, kind in anchors(text) if kind == "equipment" and "scale" in t], anchors(text)
