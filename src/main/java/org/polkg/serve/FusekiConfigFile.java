package org.polkg.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A Fuseki assembler configuration for a standalone {@code fuseki-server --config FILE} over the
 * polkg store: the TDB2 dataset with the union of the article graphs as default graph, served
 * read-only as {@code /polkg} with the same endpoints as {@code polkg serve}, and a query timeout
 * on the query endpoints (Fuseki reads {@code arq:queryTimeout} from each endpoint's context).
 */
public final class FusekiConfigFile {
  private FusekiConfigFile() {}

  /** The configuration text (Turtle) for the store at {@code store}. */
  public static String text(Path store, Duration queryTimeout) {
    String location = NodeFmtLib.strNT(NodeFactory.createLiteralString(
        store.toAbsolutePath().normalize().toString()));
    String timeout = queryTimeout.isZero() ? ""
        : " ;\n        ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue \""
            + queryTimeout.toMillis() + "\" ]";
    String query = "fuseki:operation fuseki:query";
    String read = "fuseki:operation fuseki:gsp-r";
    return """
        # Fuseki configuration for the polkg store, written by 'polkg fuseki-config'.
        # Run:  fuseki-server --config THIS_FILE   (then http://localhost:3030/%1$s/sparql)
        # Read-only. SPARQL query at /%1$s/sparql, /%1$s/query and /%1$s;
        # Graph Store Protocol reads at /%1$s/data, /%1$s/get and /%1$s.
        # The default graph is the union of the article graphs (one named graph per article).
        # Query timeout: %2$s.
        PREFIX fuseki: <http://jena.apache.org/fuseki#>
        PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
        PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

        [] rdf:type fuseki:Server ;
           fuseki:services ( <#service> ) .

        <#service> rdf:type fuseki:Service ;
            fuseki:name "%1$s" ;
            fuseki:endpoint [ %3$s ; fuseki:name "sparql"%4$s ] ;
            fuseki:endpoint [ %3$s ; fuseki:name "query"%4$s ] ;
            fuseki:endpoint [ %3$s%4$s ] ;
            fuseki:endpoint [ %5$s ; fuseki:name "data" ] ;
            fuseki:endpoint [ %5$s ; fuseki:name "get" ] ;
            fuseki:endpoint [ %5$s ] ;
            fuseki:dataset <#dataset> .

        <#dataset> rdf:type tdb2:DatasetTDB2 ;
            tdb2:location %6$s ;
            tdb2:unionDefaultGraph true .
        """.formatted(GraphServer.DATASET,
            queryTimeout.isZero() ? "none" : queryTimeout.toMillis() + " ms",
            query, timeout, read, location);
  }
}
