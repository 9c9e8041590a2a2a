package io.blueprint.web.session;

import io.blueprint.web.journey.EditorView;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a replicated session holds can be written out: every view-, conversation- and session-scoped bean is
 * {@link Serializable}, and so is every type its fields can hold, through records, collections and their type
 * arguments down to the JDK's own types. Injected services are left out (Weld serialises a proxy, not the service,
 * and refuses at deployment a passivating bean with a dependency it cannot passivate), but must not be transient:
 * Weld does not inject them again where the session is read in. Transient fields are left out too: the beans
 * rebuild them from the database when they find them empty. {@code SessionSerialisationIT} serialises a real session too.
 */
class SessionStateTest {

    /** Interfaces whose implementations in the JDK are serialisable: their type arguments decide. */
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Map.class, Set.class, Collection.class,
            java.util.SortedMap.class, java.util.NavigableMap.class, java.util.SortedSet.class, java.util.NavigableSet.class);

    @Test
    void everyBeanASessionHoldsCanBeWrittenOut() throws IOException, URISyntaxException {
        List<Class<?>> beans = beans();
        assertThat(beans).as("the session-holding beans found").hasSizeGreaterThanOrEqualTo(15)
                .contains(EditorView.class);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> walked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            walk(bean, bean.getSimpleName(), problems, walked);
        }
        assertThat(problems).as("what a session could not write out").isEmpty();
    }

    @Test
    void theCheckFindsWhatCannotBeWrittenOut() {
        List<String> problems = new ArrayList<>();
        walk(Holder.class, "Holder", problems, new HashSet<>());
        assertThat(problems).containsExactlyInAnyOrder(
                "Holder.loose: java.lang.Object",
                "Holder.byName<>: java.util.Optional",
                "Holder.nested.thread: java.lang.Thread",
                "Holder.task: java.lang.Runnable",
                "Holder.lostOnFailOver: injected and transient");
    }

    /** Something the check must refuse, field by field; the fields it must pass are there too. */
    @SuppressWarnings("unused")
    private static final class Holder implements Serializable {
        private Object loose;
        private Map<String, java.util.Optional<String>> byName;
        private Nested nested;
        private Runnable task;
        private List<String> fine;
        private int[] counts;
        private transient Thread skipped;
        @Inject
        private Object injected;
        @Inject
        private transient Object lostOnFailOver;
        private static final Thread STATIC = null;
    }

    @SuppressWarnings("unused")
    private record Nested(Thread thread, String name) implements Serializable {
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException {
        Path classes = Path.of(EditorView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static void walk(Class<?> type, String path, List<String> problems, Set<Class<?>> walked) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(modifiers)) {
                    // Weld injects a bean once, when it is made: a transient service is null on the node that reads
                    // the session in after a fail-over (found by ClusterFailoverIT)
                    problems.add(path + "." + field.getName() + ": injected and transient");
                }
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, walked);
            }
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Class<?>> walked) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, walked);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, walked);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, walked);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, walked);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    check(bound, path, problems, walked);
                }
            }
        } else if (type instanceof Class<?> plain) {
            if (plain.isPrimitive()) {
                return;
            }
            if (plain.isArray()) {
                check(plain.getComponentType(), path + "[]", problems, walked);
                return;
            }
            if (!CONTAINERS.contains(plain) && !Serializable.class.isAssignableFrom(plain)) {
                problems.add(path + ": " + plain.getName());
                return;
            }
            if (plain.getName().startsWith("io.blueprint.") && walked.add(plain)) {
                walk(plain, path, problems, walked);
            }
        }
    }
}
