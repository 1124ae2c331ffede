package org.blendnet.graph.brokerage;

import org.blendnet.graph.StandardGraphs;
import org.blendnet.graph.TestGraphs;

/**
 * Reference values from NetworkX 3.6.1 (Python 3.11.7, SciPy 1.17.1), copied from the output of the two
 * scripts below, run on this machine. Node i here is node i of the scripts (karate: the data set's node
 * i + 1).
 *
 * <p>Karate ({@code karate_edges.csv} of the test resources, weights 1–7):
 *
 * <pre>
 * import csv, math, networkx as nx
 * from fractions import Fraction
 * G = nx.Graph()
 * for r in csv.DictReader(open('karate_edges.csv')):
 *     u, v, w = int(r['source']) - 1, int(r['target']) - 1, int(r['weight'])
 *     G.add_edge(u, v, weight=w, dist=Fraction(1, w))
 * def hierarchy(G, v, weight):
 *     l = [nx.local_constraint(G, v, u, weight=weight) for u in G[v]]
 *     N, C = len(l), sum(l)
 *     return 1.0 if N == 1 else sum((x / (C / N)) * math.log(x / (C / N)) for x in l) / (N * math.log(N))
 * print(nx.__version__)
 * for name, vals in [
 *     ("constraintW", nx.constraint(G, weight='weight')),
 *     ("constraintU", nx.constraint(G)),
 *     ("effSizeW", nx.effective_size(G, nodes=list(G), weight="weight")),
 *     ("effSizeU", nx.effective_size(G)),
 *     ("hierW", {v: hierarchy(G, v, 'weight') for v in G}),
 *     ("hierU", {v: hierarchy(G, v, None) for v in G}),
 *     ("betweenU", nx.betweenness_centrality(G)),
 *     ("betweenW", {v: float(x) for v, x in nx.betweenness_centrality(G, weight='dist').items()}),
 * ]:
 *     print(name, ", ".join(repr(float(vals[v])) for v in range(34)))
 * </pre>
 *
 * Weighted effective size is taken from NetworkX's iterative code path ({@code nodes=list(G)}): its
 * vectorised path, used when {@code nodes} is omitted, divides each mutual weight by the largest weight of
 * the other end instead of this end (a broadcasting slip: {@code max(axis=1)} of a sparse array is 1-D), and
 * gives e.g. 1.1 instead of 1.3 for karate node 12 (weights 1 and 3 to nodes 0 and 3, whose largest weights
 * are 5 and 3: 1 − 0.75 · 3/5 + 1 − 0.25 · 3/3 = 1.3). The bug is reported in networkx/networkx pull
 * request 8906, "BUG: Fix row-max normalization in vectorized effective_size". Constraint is the same on
 * both paths.
 *
 * <p>Weighted betweenness uses exact {@code Fraction} distances 1/w: with float distances NetworkX compares
 * path lengths with {@code ==} and, on karate, misses ties such as 1/3 + 1/6 = 1/2 that the floats do not
 * reproduce exactly (its float result differs by up to 0.0019 from the exact one). Hierarchy is not in
 * NetworkX; it is computed from NetworkX's {@code local_constraint} by Burt's formula as shown.
 *
 * <p>The weighted fixture {@link #fixture()}:
 *
 * <pre>
 * E = [(0,1,2.0),(0,2,1.0),(1,2,0.5),(1,3,4.0),(2,3,1.5),(3,4,3.0),(4,5,1.0),(4,6,2.0),
 *      (5,6,0.25),(6,7,1.0),(2,7,0.75),(7,8,3.0),(8,4,6.0),(7,4,2.0),(9,0,1.0)]
 * G = nx.Graph()
 * for u, v, w in E:
 *     G.add_edge(u, v, weight=w, dist=1 / Fraction(w))
 * # the same prints as above for constraintW, effSizeW, hierW, betweenU, betweenW, and
 * ("betweenWraw", nx.betweenness_centrality(G, weight='dist', normalized=False))
 * </pre>
 *
 * The triangle 7–8–4 (weights 3, 6, 2) has two shortest paths of length 1/2 between 7 and 4: 1/3 + 1/6 and
 * 1/2, so node 8 gets half a pair there.
 */
final class Reference {

  private Reference() {}

  /** The weighted fixture: ten nodes, fifteen ties with weights exact in binary. */
  static TestGraphs.Edges fixture() {
    return new StandardGraphs.Builder(10)
        .tie(0, 1, 2.0).tie(0, 2, 1.0).tie(1, 2, 0.5).tie(1, 3, 4.0).tie(2, 3, 1.5).tie(3, 4, 3.0)
        .tie(4, 5, 1.0).tie(4, 6, 2.0).tie(5, 6, 0.25).tie(6, 7, 1.0).tie(2, 7, 0.75).tie(7, 8, 3.0)
        .tie(8, 4, 6.0).tie(7, 4, 2.0).tie(9, 0, 1.0)
        .edges();
  }

  static final double[] KARATE_CONSTRAINT_WEIGHTED = {0.19062348905638038, 0.340901983128556, 0.25565383909645606,
      0.4122226156115593, 0.508088569654933, 0.4911292277749162, 0.5314047216519745, 0.527081950416345,
      0.33441475635875206, 0.5555555555555556, 0.5304976482780612, 1.0, 0.7302295918367347, 0.38274862431566065,
      0.6411266928285628, 0.6323943473973153, 0.9397491245018718, 0.6653314075883578, 0.6670775837009678,
      0.4391093639199636, 0.7238213470731378, 0.6236083811249431, 0.6398342278393352, 0.3127739611655626,
      0.5124716553287981, 0.4563144985885511, 0.65316243881949, 0.3222101463859706, 0.398982741244646,
      0.43892519735387914, 0.3944911707240065, 0.2754988351267919, 0.2582561404837537, 0.18628728563229374};

  static final double[] KARATE_CONSTRAINT_UNWEIGHTED = {0.15542329764660495, 0.27953510802469134,
      0.18517663966049383, 0.3966596472050754, 0.5294174382716048, 0.4774848090277778, 0.4774848090277778,
      0.44271158854166665, 0.3036007136678201, 0.5, 0.5294174382716048, 1.0, 0.6225043402777779,
      0.32333541666666676, 0.5736795943867743, 0.5736795943867743, 0.78125, 0.590868537808642,
      0.5736795943867743, 0.37371935013717417, 0.5736795943867743, 0.590868537808642, 0.5736795943867743,
      0.30582372164552096, 0.4598765432098765, 0.4598765432098765, 0.6709018166089966, 0.2850692041522491,
      0.3869131530607885, 0.44940900134563627, 0.3460064638600538, 0.2445754036908881, 0.24922336227519323,
      0.1564186851211073};

  static final double[] KARATE_EFFECTIVE_SIZE_WEIGHTED = {13.775000000000002, 6.4672413793103445,
      7.946969696969697, 3.6333333333333333, 2.225, 2.942857142857143, 2.7846153846153845, 1.4615384615384617,
      3.396078431372549, 2.0, 2.15, 1.0, 1.3, 2.923529411764706, 1.0, 1.0, 1.0, 1.288888888888889, 1.0,
      2.413333333333333, 1.0, 1.2666666666666666, 1.0, 3.723809523809524, 2.428571428571429, 2.6258503401360542,
      1.5666666666666669, 3.5076923076923077, 2.5428571428571427, 2.4923076923076923, 2.690909090909091,
      5.141043083900226, 10.089285714285714, 15.22891865079365};

  static final double[] KARATE_EFFECTIVE_SIZE_UNWEIGHTED = {13.75, 6.333333333333334, 7.800000000000001,
      2.666666666666667, 1.6666666666666667, 2.5, 2.5, 1.0, 3.0, 2.0, 1.6666666666666667, 1.0, 1.0,
      2.5999999999999996, 1.0, 1.0, 1.0, 1.0, 1.0, 2.3333333333333335, 1.0, 1.0, 1.0, 3.4, 2.3333333333333335,
      2.3333333333333335, 1.0, 3.5, 2.3333333333333335, 2.0, 2.5, 5.0, 9.833333333333336, 15.235294117647062};

  static final double[] KARATE_HIERARCHY_WEIGHTED = {0.1659674360376833, 0.22815002176621504, 0.1851833706629191,
      0.04776710896832062, 0.10994987934390354, 0.1029895756729462, 0.15859952104519084, 0.047070627503507496,
      0.06274149510112682, 0.27807190511263746, 0.014212863288694805, 1.0, 0.29316987674461276,
      0.06683167853436424, 0.059164130275685296, 0.04430595046812771, 0.0002896578588352538, 0.21052510840910474,
      0.19968678298454662, 0.14947028558147854, 0.34695883814942224, 0.0010540514409567493, 0.08072551698661881,
      0.0501957083459709, 0.005295287683644143, 0.2329451372628181, 0.13011580961524394, 0.11903734492683103,
      0.009260519954774107, 0.01593935161088008, 0.0719217420154488, 0.2113431325363731, 0.3335895446236734,
      0.30492517033531097};

  static final double[] KARATE_HIERARCHY_UNWEIGHTED = {0.08754463683694337, 0.15449869921445994,
      0.045359211636849014, 0.06106762409010793, 0.07134469342227534, 0.03530508643930843, 0.03530508643930844,
      0.0011300905133206083, 0.012305615918292682, 0.0, 0.07134469342227534, 1.0, 0.006282226820057131,
      0.01352163842686087, 0.00037766424272729827, 0.00037766424272729827, 0.0, 0.001442189647706485,
      0.00037766424272729827, 0.0033488184456885953, 0.00037766424272729827, 0.001442189647706485,
      0.00037766424272729827, 0.03689706590397144, 0.024311482691998676, 0.024311482691998676,
      0.019603433103539826, 0.0086202479405721, 0.0075135453608708635, 0.06689992156538081, 0.012869318379976092,
      0.020491542893317696, 0.3259402254099859, 0.24160865317566896};

  static final double[] KARATE_BETWEENNESS_HOPS = {0.4376352813852815, 0.05393668831168831, 0.14365680615680615,
      0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0,
      0.05592682780182782, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.045863395863395856, 0.0, 0.0,
      0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595,
      0.0038404882154882162, 0.0, 0.022333453583453587, 0.0017947330447330447, 0.0029220779220779218,
      0.014411976911976905, 0.13827561327561327, 0.14524711399711404, 0.30407497594997596};

  static final double[] KARATE_BETWEENNESS_WEIGHTED = {0.39583333333333337, 0.06818181818181818,
      0.33522727272727276, 0.06060606060606061, 0.0, 0.03125, 0.029356060606060608, 0.0, 0.13636363636363635, 0.0,
      0.000946969696969697, 0.0, 0.0, 0.054924242424242424, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
      0.011363636363636364, 0.0, 0.017045454545454544, 0.0, 0.03314393939393939, 0.0, 0.011363636363636364, 0.0,
      0.08996212121212122, 0.1581439393939394, 0.32954545454545453};

  static final double[] FIXTURE_CONSTRAINT = {0.43015450361604207, 0.5941099577085737, 0.5739837886657158,
      0.41394811736041437, 0.4353133745767038, 0.9508465161212415, 0.7610786421856834, 0.8426861430524435,
      0.7695597672082092, 1.0};

  static final double[] FIXTURE_EFFECTIVE_SIZE = {2.8020833333333335, 2.1121794871794872, 3.2,
      2.821078431372549, 4.336309523809524, 1.1333333333333333, 1.858974358974359, 2.9135802469135803,
      1.4444444444444444, 1.0};

  static final double[] FIXTURE_HIERARCHY = {0.2066735188802092, 0.2651688217587004, 0.12228569458785891,
      0.1674259563993699, 0.2755165337853913, 0.5188192510239942, 0.4551772827011487, 0.35690939870638666,
      0.20717272810197407, 1.0};

  static final double[] FIXTURE_BETWEENNESS_HOPS = {0.2222222222222222, 0.06018518518518519, 0.3425925925925926,
      0.17129629629629628, 0.2685185185185185, 0.0, 0.03703703703703704, 0.287037037037037, 0.0, 0.0};

  static final double[] FIXTURE_BETWEENNESS_WEIGHTED = {0.2222222222222222, 0.3333333333333333, 0.0,
      0.5555555555555556, 0.6574074074074073, 0.0, 0.0, 0.0, 0.09259259259259257, 0.0};

  static final double[] FIXTURE_BETWEENNESS_WEIGHTED_RAW = {8.0, 12.0, 0.0, 20.0, 23.666666666666664, 0.0, 0.0,
      0.0, 3.333333333333333, 0.0};
}
