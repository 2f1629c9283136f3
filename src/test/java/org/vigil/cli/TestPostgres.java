package org.vigil.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL server the catalog tests run against: {@code VIGIL_TEST_POSTGRES} (a JDBC URL with
 * user and password, set by {@code .ci/run}), else the loopback server with {@code .ci/run}'s test
 * role. In CI, or when the variable is set, a missing server fails the test; only on a developer's
 * machine without a server is the test skipped.
 */
final class TestPostgres {

    static final String VARIABLE = "VIGIL_TEST_POSTGRES";
    private static final String LOOPBACK =
            "jdbc:postgresql://127.0.0.1:5432/vigil_test?user=vigil_test&password=vigil_test";

    private TestPostgres() {
    }

    /** The URL of a new, empty schema of the test database, for one test. */
    static String freshSchema() {
        String configured = System.getenv(VARIABLE) == null || System.getenv(VARIABLE).isBlank() ? null
                : System.getenv(VARIABLE);
        boolean required = configured != null || "true".equalsIgnoreCase(System.getenv("CI"));
        String base = configured != null ? configured : LOOPBACK;
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(base);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (required) {
                fail("PostgreSQL is required here (CI=true or " + VARIABLE + " set) but " + redacted(base)
                        + " failed: " + e.getMessage());
            }
            assumeTrue(false, "no PostgreSQL at " + redacted(base) + " (" + e.getMessage() + "); set "
                    + VARIABLE + " or run .ci/run");
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
