package nl.opstap.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import nl.opstap.reporting.domain.KpiFilter;
import nl.opstap.reporting.service.KpiService;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The dashboard: a web page for analysts with the funnel, outflow over time, sustainable outflow and the SROI
 * balance of their organisation, in Dutch or English. Unlike the API, it is reached with a browser login:
 * {@code /dashboard} is its own OIDC tenant (authorization-code flow, tokens kept by the server, a session cookie
 * in the browser), see application.properties. It is a page, not an API operation, so it is left out of the
 * OpenAPI document; the JSON and CSV endpoints under {@code /kpis} carry the same figures.
 */
@Path("/dashboard")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class DashboardResource {

    /** Only what the page's own files and Chart.js need: no inline script, no other origin, no framing. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String CHART_LIBRARY = "/webjars/chart.js/" + webJarVersion("chart.js") + "/dist/chart.umd.min.js";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DashboardView view);
    }

    private final KpiService kpis;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    DashboardResource(KpiService kpis, Caller caller, Clock clock, ObjectMapper json) {
        this.kpis = kpis;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@BeanParam KpiParameters parameters, @QueryParam("lang") String language,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = Locale.forLanguageTag(language(language, acceptLanguage));
        KpiFilter filter = parameters.filter(clock);
        String tenant = caller.tenant();
        DashboardMessages words = MessageBundles.get(DashboardMessages.class, Localized.Literal.of(locale.getLanguage()));
        DashboardView view = new DashboardViewBuilder(words, locale, json)
                .build(kpis.dashboard(tenant, filter), filter, caller.name(), tenant, CHART_LIBRARY);
        return Response.ok(Templates.page(view).setLocale(locale))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-store")
                .header("Content-Language", locale.getLanguage())
                .build();
    }

    /** {@code lang=nl|en} when given; otherwise the first of the two in Accept-Language; otherwise Dutch. */
    static String language(String asked, String acceptLanguage) {
        if (asked != null && !asked.isBlank()) {
            String tag = asked.strip();
            if (!tag.equals("nl") && !tag.equals("en")) {
                throw ProblemException.invalid("lang", "must be nl or en");
            }
            return tag;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0];
                    if (primary.equals("nl") || primary.equals("en")) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // A malformed header is no reason to refuse the page.
            }
        }
        return "nl";
    }

    /** The version of a web jar on the classpath, so the page names the file Quarkus serves from it. */
    private static String webJarVersion(String artifact) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = DashboardResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("web jar missing from the classpath: " + artifact);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
