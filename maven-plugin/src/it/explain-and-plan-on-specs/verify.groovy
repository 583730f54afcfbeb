def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
// explain, with a request
assert log.contains('[INFO] vsplit: effective routes of the specs (com.example.bookinfo.BookinfoMesh, com.example.bookinfo.identity.IdentityRoutes, com.example.bookinfo.storefront.StorefrontRoutes)')
assert log.contains('[INFO] GET /login with header x-canary: true')
assert log.contains('[INFO]   -> team identity, ns1/vs-1 spec.http[0] (delegated by default/bookinfo spec.http[0])')
assert log.contains('[INFO]      reviews.default.svc.cluster.local:9080 subset v2 100%')
// explain, the table
assert log.contains('[INFO] primary default/bookinfo (hosts *; gateways default/bookinfo-gateway)')
assert log =~ /\[INFO\]   1  exact "\/login" or exact "\/logout" +identity +ns1\/vs-1 spec.http\[1\] +productpage.default.svc.cluster.local:9080/
// plan: one team changed, so failOnMultipleTeams lets it pass
assert log.contains('[INFO] vsplit plan: istio-review/effective-routes.yaml -> the specs (')
assert log.contains('[INFO]   unchanged: team storefront')
assert log.contains('[INFO] 1 route of team identity changed; no other team affected')
def plan = new File(basedir, 'target/plan.txt').text
assert plan.contains('+ added  #0  exact "/login" + header x-canary exact "true" -> reviews.default.svc.cluster.local:9080 subset v2  [ns1/vs-1 spec.http[0]]')
return true
