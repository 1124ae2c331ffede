// Blendnet in JShell. Start it from the repository root (see the README):
//   mvn -B -q -DskipTests -pl examples -am package
//   jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/quickstart.jsh
import java.nio.file.*;
import org.blendnet.core.*;
import org.blendnet.core.io.*;

var network = NetworkJson.read(Path.of("examples/src/main/resources/datasets/cs-aarhus/cs-aarhus.json"));
System.out.println(network);
System.out.println(network.membersIn(Affiliation.of("Aarhus University", "Computer Science", "G1")));
System.out.println(network.touchpointsOf(MemberId.of("U4")));
System.out.println(network.erase(MemberId.of("U4")));
