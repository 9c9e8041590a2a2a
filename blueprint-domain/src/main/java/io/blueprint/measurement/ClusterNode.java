package io.blueprint.measurement;

/**
 * The name of the node this JVM is in a cluster: WildFly's {@code jboss.node.name}, which JGroups and Infinispan
 * need unique per node as well (docs/cluster.md). A server started without it is named after its host.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static String name() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            name = System.getProperty("jboss.host.name", "standalone");
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
