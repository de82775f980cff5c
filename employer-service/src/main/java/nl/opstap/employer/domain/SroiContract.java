package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.opstap.events.SroiContractSigned;
import nl.opstap.support.domain.InvalidTransitionException;

/**
 * A public contract with a social-return obligation: a share of the contract sum the contractor (an employer
 * here) must spend on people with a distance to the labour market.
 */
@Entity
@Table(name = "sroi_contract")
public class SroiContract {

    /** Basis points in a whole: 500 basis points are 5%. */
    public static final long BASIS_POINTS = 10_000;

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "contractor_employer_id", nullable = false)
    public UUID contractorEmployerId;

    @Column(name = "contracting_authority", nullable = false)
    public String contractingAuthority;

    @Column(name = "tender_reference", nullable = false)
    public String tenderReference;

    @Column(name = "contract_sum_cents", nullable = false)
    public long contractSumCents;

    @Column(name = "sroi_basis_points", nullable = false)
    public int sroiBasisPoints;

    @Column(name = "obligation_cents", nullable = false)
    public long obligationCents;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "ruleset_code", nullable = false)
    public String rulesetCode;

    /** Null while a draft; the version in force when signed, for the contract's whole life. */
    @Column(name = "ruleset_version")
    public Integer rulesetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static SroiContract draft(Employer contractor, ContractTerms terms, String by, Instant now) {
        SroiContract contract = new SroiContract();
        contract.id = UUID.randomUUID();
        contract.tenant = contractor.tenant;
        contract.contractorEmployerId = contractor.id;
        contract.contractingAuthority = terms.contractingAuthority();
        contract.tenderReference = terms.tenderReference();
        contract.contractSumCents = terms.contractSumCents();
        contract.sroiBasisPoints = terms.sroiBasisPoints();
        // The obligation is rounded down to the cent: never more than the percentage of the sum.
        contract.obligationCents = Math.multiplyExact(terms.contractSumCents(), (long) terms.sroiBasisPoints()) / BASIS_POINTS;
        contract.startsOn = terms.startsOn();
        contract.endsOn = terms.endsOn();
        contract.rulesetCode = terms.rulesetCode();
        contract.status = ContractStatus.DRAFT;
        contract.createdAt = now;
        contract.createdBy = by;
        return contract;
    }

    /** Signs the contract under the ruleset version in force now; later versions do not change it. */
    public void sign(SroiRuleset inForce, String by, Instant now) {
        if (status == ContractStatus.SIGNED) {
            throw new InvalidTransitionException("Contract " + id + " is signed already");
        }
        status = ContractStatus.SIGNED;
        rulesetVersion = inForce.key.version();
        signedAt = now;
        signedBy = by;
    }

    /** The event of the signature: the contract's business terms, not the people who drafted or signed it. */
    public SroiContractSigned signed() {
        return new SroiContractSigned(id, contractorEmployerId, contractingAuthority, tenderReference, contractSumCents, sroiBasisPoints,
                obligationCents, startsOn, endsOn, rulesetCode + "@" + rulesetVersion);
    }

    public boolean isSigned() {
        return status == ContractStatus.SIGNED;
    }

    public long durationDays() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }
}
