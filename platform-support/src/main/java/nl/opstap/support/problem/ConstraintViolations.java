package nl.opstap.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Bean Validation results named as the caller sent them: HTTP parameter names and JSON paths, not Java names. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /**
     * A violation as the caller sees it: a query, path or header parameter by its HTTP name, the body's
     * fields by their JSON path, and a missing body as the body.
     */
    static Problem.Violation violationOf(ConstraintViolation<?> violation, Method method) {
        List<Path.Node> nodes = nodes(violation.getPropertyPath());
        boolean onParameterItself = nodes.stream().noneMatch(n -> n.getKind() == ElementKind.PROPERTY
                || n.getKind() == ElementKind.CONTAINER_ELEMENT || n.getKind() == ElementKind.BEAN);
        Path.ParameterNode parameter = nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).findFirst()
                .map(n -> n.as(Path.ParameterNode.class)).orElse(null);
        if (onParameterItself && parameter != null && method != null && parameter.getParameterIndex() < method.getParameterCount()) {
            String httpName = httpNameOf(method.getParameterAnnotations()[parameter.getParameterIndex()]);
            if (httpName == null) {
                return new Problem.Violation("", "a JSON body is required");
            }
            return new Problem.Violation(httpName, violation.getMessage());
        }
        return new Problem.Violation(fieldOf(violation), violation.getMessage());
    }

    private static String httpNameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
            if (annotation instanceof CookieParam c) {
                return c.value();
            }
            if (annotation instanceof FormParam f) {
                return f.value();
            }
            if (annotation instanceof BeanParam || annotation instanceof Context) {
                return "";
            }
        }
        return null;
    }

    /**
     * The JSON path of the invalid input, without the Java method and parameter names: {@code goals[3].category}.
     * Bean Validation puts an element's index on the node after the container, so it is written before that node's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes(violation.getPropertyPath())) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }
}
