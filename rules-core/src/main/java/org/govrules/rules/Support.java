package org.govrules.rules;

import java.util.ArrayList;
import java.util.List;
import org.govrules.Stated;

/**
 * What the question says about the member states' agreement to something: a count ("9 of 10 agree"), states named
 * ("if Cambodia objects", "Viet Nam and Thailand agree"), or everyone ("unanimously", "all member states agree").
 * Unanimity rules (Resource Panel status, amendments) read it against the {@link Members} on the question's date.
 *
 * @param all       whether the question says every member agrees
 * @param agreeing  how many agree, if a number is stated
 * @param objecting how many object, if a number is stated
 * @param agreed    the states named as agreeing
 * @param objected  the states named as objecting (or as not agreeing)
 */
public record Support(boolean all, Integer agreeing, Integer objecting, List<String> agreed, List<String> objected) {

    public Support {
        agreed = List.copyOf(agreed);
        objected = List.copyOf(objected);
    }

    /** Reads the facts of a question. */
    public static Support from(List<Stated> facts) {
        boolean all = false;
        Integer agreeing = null;
        Integer objecting = null;
        var agreed = new ArrayList<String>();
        var objected = new ArrayList<String>();
        for (Stated f : facts) {
            switch (f.name()) {
                case "agreement" -> all |= f.value().equals("all");
                case "states-agreeing" -> agreeing = f.getNumber();
                case "states-objecting" -> objecting = f.getNumber();
                case "agreeing" -> agreed.add(f.value());
                case "objecting" -> objected.add(f.value());
                default -> { }
            }
        }
        return new Support(all, agreeing, objecting, agreed, objected);
    }

    /** Nothing is said about agreement. */
    public boolean isSilent() {
        return !all && agreeing == null && objecting == null && agreed.isEmpty() && objected.isEmpty();
    }

    /** Someone is said to object or to withhold agreement. */
    public boolean isBlocked() {
        return !objected.isEmpty() || (objecting != null && objecting > 0);
    }

    /** Every member on the date agrees, and nobody objects. */
    public boolean isUnanimousAmong(Members members) {
        if (isBlocked()) {
            return false;
        }
        return all || (agreeing != null && agreeing >= members.getCount()) || agreed.containsAll(members.states());
    }

    /** A number of agreeing states is stated and it is short of every member. */
    public boolean isShortOf(Members members) {
        return !all && agreeing != null && agreeing < members.getCount();
    }

    /** Some members are named as agreeing, and not all of them. */
    public boolean isPartial(Members members) {
        return !all && agreeing == null && !agreed.isEmpty() && !agreed.containsAll(members.states());
    }

    /** The names of the members still to agree, given the states named as agreeing. */
    public List<String> stillToAgree(Members members) {
        return members.namesOfAllBut(agreed);
    }

    /** The names of the states said to object. */
    public List<String> objectors(Members members) {
        return objected.stream().map(members::nameOf).toList();
    }
}
