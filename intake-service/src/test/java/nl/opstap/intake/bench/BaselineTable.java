package nl.opstap.intake.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the baseline table when the baseline endpoint is on; outside Flyway, so no database records a bench migration. */
@ApplicationScoped
class BaselineTable {

    void create(@Observes StartupEvent started, @ConfigProperty(name = BaselineReferralResource.ENABLED, defaultValue = "false") boolean enabled,
            AgroalDataSource dataSource) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists bench_baseline_referral (
                        id uuid primary key, tenant text not null, municipality_code text not null,
                        municipality_reference text not null, bsn text not null, given_names text not null,
                        family_name text not null, date_of_birth date not null, phone text, email text, postcode text,
                        target_group text not null, benefit_situation text not null, question text,
                        received_at timestamptz not null)""");
        }
    }
}
