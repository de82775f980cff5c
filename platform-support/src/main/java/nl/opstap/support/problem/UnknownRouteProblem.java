package nl.opstap.support.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path no endpoint serves is answered as problem+json too; without this the HTTP layer answers with a
 * plain-text 404, since JAX-RS never sees the request.
 */
@ApplicationScoped
public class UnknownRouteProblem {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            JsonObject problem = new JsonObject()
                    .put("type", ProblemType.NOT_FOUND.uri().toString())
                    .put("title", ProblemType.NOT_FOUND.title())
                    .put("status", 404)
                    .put("detail", "No endpoint at this path")
                    .put("instance", ctx.normalizedPath());
            ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
        });
    }
}
