package org.govrules.rules;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The members of the body on the question's date, as a fact the rules can count. "All the ASEAN Member States" means
 * all of these, whoever they are on that date.
 *
 * @param states the members' ISO 3166 alpha-2 codes
 * @param names  the members' names, in the same order
 */
public record Members(List<String> states, List<String> names) {

    /**
     * Checks that there is one name per state and copies both lists.
     *
     * @param states the members' ISO 3166 alpha-2 codes
     * @param names  the members' names, in the same order
     */
    public Members {
        states = List.copyOf(states);
        names = List.copyOf(names);
        if (states.size() != names.size()) {
            throw new IllegalArgumentException("one name per state");
        }
    }

    /** {@return how many members there are on the date} */
    public int getCount() {
        return states.size();
    }

    /**
     * Whether a state is a member on the date.
     *
     * @param state an ISO 3166 alpha-2 code, or {@code null}
     * @return true if it is a member
     */
    public boolean hasMember(String state) {
        return state != null && states.contains(state);
    }

    /**
     * Whether a party is outside the membership: an organisation, or a state that is not a member on the date.
     *
     * @param party the party, or {@code null}
     * @return true for an outsider; false for a member, a role or no party
     */
    public boolean isOutsider(org.govrules.Party party) {
        return party != null && switch (party.kind()) {
            case ORGANISATION -> true;
            case STATE -> !hasMember(party.id());
            case ROLE -> false;
        };
    }

    /**
     * The names of the members that are not in {@code agreed}, e.g. those yet to agree.
     *
     * @param agreed the codes of the members to leave out
     * @return the names, in the membership order
     */
    public List<String> namesOfAllBut(Collection<String> agreed) {
        Objects.requireNonNull(agreed);
        return java.util.stream.IntStream.range(0, states.size())
                .filter(i -> !agreed.contains(states.get(i)))
                .mapToObj(names::get)
                .toList();
    }

    /**
     * The name of a member.
     *
     * @param state an ISO 3166 alpha-2 code
     * @return its name, or the code itself if it is not a member
     */
    public String nameOf(String state) {
        int i = states.indexOf(state);
        return i < 0 ? state : names.get(i);
    }
}
