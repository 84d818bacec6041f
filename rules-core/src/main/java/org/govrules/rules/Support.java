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

    /**
     * Copies the collections, so the value stays immutable.
     *
     * @param all       whether the question says every member agrees
     * @param agreeing  how many agree, if a number is stated
     * @param objecting how many object, if a number is stated
     * @param agreed    the states named as agreeing
     * @param objected  the states named as objecting (or as not agreeing)
     */
    public Support {
        agreed = List.copyOf(agreed);
        objected = List.copyOf(objected);
    }

    /**
     * Reads what a question says about agreement and objection.
     *
     * @return what is said, or a silent support when nothing is
     *
     * @param facts the question's stated facts
     */
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

    /** {@return true if nothing is said about agreement} */
    public boolean isSilent() {
        return !all && agreeing == null && objecting == null && agreed.isEmpty() && objected.isEmpty();
    }

    /** {@return true if someone is said to object or to withhold agreement} */
    public boolean isBlocked() {
        return !objected.isEmpty() || (objecting != null && objecting > 0);
    }

    /**
     * {@return true if every member on the date agrees and nobody objects}
     *
     * @param members the members on the date
     */
    public boolean isUnanimousAmong(Members members) {
        if (isBlocked()) {
            return false;
        }
        return all || (agreeing != null && agreeing >= members.getCount()) || agreed.containsAll(members.states());
    }

    /**
     * {@return true if a number of agreeing states is stated and it is short of every member}
     *
     * @param members the members on the date
     */
    public boolean isShortOf(Members members) {
        return !all && agreeing != null && agreeing < members.getCount();
    }

    /**
     * {@return true if some members are named as agreeing, and not all of them}
     *
     * @param members the members on the date
     */
    public boolean isPartial(Members members) {
        return !all && agreeing == null && !agreed.isEmpty() && !agreed.containsAll(members.states());
    }

    /**
     * {@return the names of the members still to agree, given the states named as agreeing}
     *
     * @param members the members on the date
     */
    public List<String> stillToAgree(Members members) {
        return members.namesOfAllBut(agreed);
    }

    /**
     * {@return the names of the states said to object}
     *
     * @param members the members on the date
     */
    public List<String> objectors(Members members) {
        return objected.stream().map(members::nameOf).toList();
    }
}
