package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The people allowed to decide on an item: named users and groups. Without any name, everybody the build page lets
 * through (Jenkins permissions) may decide. Names compare without regard to case, as most security realms do.
 */
public final class Approvers implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No restriction beyond the Jenkins permission. */
    public static final Approvers ANYONE = new Approvers(Set.of(), Set.of());

    private final TreeSet<String> users;
    private final TreeSet<String> groups;

    private Approvers(final Collection<String> users, final Collection<String> groups) {
        this.users = normalize(users);
        this.groups = normalize(groups);
    }

    /**
     * Creates the approvers.
     *
     * @param users the user ids
     * @param groups the group names
     * @return the approvers
     */
    public static Approvers of(final Collection<String> users, final Collection<String> groups) {
        return new Approvers(users, groups);
    }

    private static TreeSet<String> normalize(final Collection<String> names) {
        return names.stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Tells whether a user may decide.
     *
     * @param userId the user's id
     * @param userGroups the groups (authorities) of the user
     * @return {@code true} if the user is named, belongs to a named group, or nobody is named
     */
    public boolean isAllowed(final String userId, final Collection<String> userGroups) {
        if (isAnyone()) {
            return true;
        }
        if (users.contains(userId.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return userGroups.stream()
                .map(group -> group.strip().toLowerCase(Locale.ROOT))
                .anyMatch(groups::contains);
    }

    public boolean isAnyone() {
        return users.isEmpty() && groups.isEmpty();
    }

    public Set<String> users() {
        return Set.copyOf(users);
    }

    public Set<String> groups() {
        return Set.copyOf(groups);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Approvers && users.equals(((Approvers) o).users) && groups.equals(((Approvers) o).groups);
    }

    @Override
    public int hashCode() {
        return users.hashCode() * 31 + groups.hashCode();
    }

    /** Renders e.g. {@code users [alice], groups [tech-leads]} or {@code anyone with the permission}. */
    @Override
    public String toString() {
        if (isAnyone()) {
            return "anyone with the permission";
        }
        StringBuilder text = new StringBuilder();
        if (!users.isEmpty()) {
            text.append("users ").append(users);
        }
        if (!groups.isEmpty()) {
            text.append(text.length() > 0 ? ", " : "").append("groups ").append(groups);
        }
        return text.toString();
    }
}
