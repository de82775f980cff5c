package nl.opstap.reporting.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The dashboard's words in English; {@code messages/msg_nl.properties} has them in Dutch. */
@MessageBundle(value = "msg", locale = "en")
public interface DashboardMessages {

    @Message("Opstap dashboard")
    String title();

    @Message("Signed in as {user}, {organisation}")
    String signedInAs(String user, String organisation);

    @Message("Nederlands")
    String otherLanguage();

    @Message("Sign out")
    String signOut();

    @Message("Period")
    String period();

    @Message("Year, quarter or month: 2026, 2026-Q3 or 2026-07")
    String periodHint();

    @Message("Programme")
    String programme();

    @Message("All programmes")
    String allProgrammes();

    @Message("Show")
    String show();

    @Message("Each figure is also in the table below its chart.")
    String tablesNote();

    @Message("–")
    String none();

    @Message("Intake funnel")
    String funnelTitle();

    @Message("From referral to the start of a trajectory in {period}: each step counts when its own date lies in the period.")
    String funnelExplanation(String period);

    @Message("{admitted} of {intakes} intakes admitted")
    String funnelHeadline(String admitted, String intakes);

    @Message("Step")
    String step();

    @Message("Clients")
    String clients();

    @Message("Referrals")
    String referrals();

    @Message("Intakes")
    String intakes();

    @Message("Admitted")
    String admitted();

    @Message("Referred back")
    String referredBack();

    @Message("Trajectories started")
    String started();

    @Message("Intake and outflow to work per month")
    String outflowTitle();

    @Message("Outflow rate to work in {period}: {rate} ({count} of {intake})")
    String outflowHeadline(String period, String rate, String count, String intake);

    @Message("Leavers to work are trajectories that ended in regular or subsidised work. The outflow rate divides them by the clients admitted in the same period.")
    String outflowExplanation();

    @Message("Month")
    String month();

    @Message("Leavers to work")
    String leaversToWork();

    @Message("Sustainable outflow")
    String sustainableTitle();

    @Message("{count} leavers to work in {period}")
    String sustainableHeadline(String count, String period);

    @Message("Of the leavers to work, the share that did not come back on benefits. A share is shown once enough time has passed since exit.")
    String sustainableExplanation();

    @Message("Measure")
    String measure();

    @Message("Share (%)")
    String sharePercent();

    @Message("Not on benefits within 6 months")
    String within6Months();

    @Message("Not on benefits within 12 months")
    String within12Months();

    @Message("Not on benefits on {date}")
    String onReferenceDate(String date);

    @Message("SROI balance per employer")
    String sroiTitle();

    @Message("Realised in {period}: {amount}")
    String sroiHeadline(String period, String amount);

    @Message("remaining {remaining} of an obligation of {obligation}")
    String sroiRemaining(String remaining, String obligation);

    @Message("Social return credited to employers for placements and approved manual entries: in the period, and from the start of each contract up to the end of the period, against its obligation.")
    String sroiExplanation();

    @Message("Employer and contract")
    String employerAndContract();

    @Message("Realised (€)")
    String realisedEuro();

    @Message("Realised to date (€)")
    String realisedToDateEuro();

    @Message("Obligation (€)")
    String obligationEuro();

    @Message("{tender}, {authority}")
    String tender(String tender, String authority);

    @Message("Employer {employer} · contract {contract}")
    String employerContract(String employer, String contract);
}
