def log = new File(basedir, 'build.log').text
// the regex cannot move to team api (Istio never merges a regex URI under a delegation), and the
// catch-all belongs to no team: both stay in the primary, in Istio's order around the delegation
assert log.contains('yaml/monolith.yaml:12:7: VS301 default/shop spec.http[0].match[0].uri: regex "/api/users/[0-9]+": Istio never merges a regex URI under a primary\'s prefix')
assert log.contains('it stays in the primary as a route of the administrators\'')
assert log.contains('to give it to a team, rewrite the regex as prefix "/api/users/" if that is what it means')
assert log.contains('VS302 default/shop spec.http[2]: the route, which has no match and takes every request, spans the paths of team api (prefix "/api")')
assert log.contains('vsplit: proof: routing is unchanged')
def mesh = new File(basedir, 'src/main/java/com/example/shop/ShopMesh.java').text
assert mesh.contains('shop.route("user-by-id")')
assert mesh.contains('.match(regex("/api/users/[0-9]+"))')
assert mesh.indexOf('shop.route("user-by-id")') < mesh.indexOf('shop.delegate(prefix("/api"), API_VS)')
assert mesh.indexOf('shop.delegate(prefix("/api"), API_VS)') < mesh.indexOf('shop.route("web")')
return true
