"""A certificate a certification body issues is no procedure. Held out (cmhold12, MennaaMohamedd25/CSarabia): three
certificates of registration (ISO 9001, 14001, 45001) of one contractor, each "CERTIFICATE OF REGISTRATION" over "This
is to certify that the ... Management System of ... has been assessed and registered ... as conforming to ISO 45001",
with its scope, validity and the certification body's conditions. The 45001 one was read as a procedure (two
"shall"-like sentences, 250 words under 19 short heading-like lines) and given a verdict; its twins were "other" by
no clear signal. The texts below are written for the test."""
from __future__ import annotations

from classify_helpers import assert_kind, kind_of
from gapscan.model import Kind

CERTIFICATE = """# CERTIFICATE OF REGISTRATION

## Certificate No: KSA-H-450174

This is to certify that the Occupational Health & Safety Management System of

## Harbour Nitrogen Services Ltd.

## PO Box 3671, Quay Street, Portsmouth

has been assessed and registered by Assurance Certification Ltd as conforming to the requirements of

## ISO 45001:2018

## The Management System is applicable to:

Nitrogen supply, pipeline purging and pressure testing services.

## Original registration date: 12 March 2024

## Expiry date: 11 March 2027

This certificate remains valid while the holder maintains the management system in accordance with the standard,
which shall be verified by the certification body. The holder shall notify the certification body of any change to
the scope. This certificate remains the property of Assurance Certification Ltd and shall be returned on request.

## Authorized Signatory
"""


def test_a_certificate_of_registration_is_other_not_a_procedure(tmp_path):
    # before: procedure ("2 obligation sentences; ... words under ... headings")
    assert_kind(tmp_path, "ISO - 45001.md", CERTIFICATE, Kind.OTHER, "a certificate a certification body issued",
                "'CERTIFICATE OF REGISTRATION'")


def test_a_scope_that_names_the_certificate_keeps_its_kind(tmp_path):
    """A scope statement "for use on the certificate of conformity" certifies nothing (corpus t069's wording)."""
    text = ("# ISMS Scope Statement\n\n## Scope\n\nThe formal scope statement, for use on the certificate of "
            "conformity, is: the design and support of the booking platform at the Leeds office.\n\n"
            "## Responsibilities\n\nThe ISMS Manager shall review this scope every year and after any change to the "
            "platform.\n\n## Procedure\n\n1. Review the scope against the asset register.\n2. Record the review in "
            "the ISMS log.\n3. Send changes to the CEO for approval.\n")
    got, why = kind_of(tmp_path, "isms-scope.md", text)
    assert "certificate" not in why and got is not Kind.OTHER, why


def test_a_certificate_title_without_the_words_of_certifying_is_no_certificate(tmp_path):
    """Minutes or a log entry may carry the words as a line ("Certificate of registration" received); the words of
    certifying must be there too."""
    text = ("# Certificate of Registration\n\nReceived from the Office of Fair Trading on 3 May. Filed in the shared "
            "drive under Licences.\n\n- Renewal due May 2027\n- Owner: Treasurer\n")
    assert "certificate a certification body issued" not in kind_of(tmp_path, "licences.md", text)[1]
