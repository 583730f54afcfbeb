def log = new File(basedir, 'build.log').text
assert log.contains('vsplit: proof: routing is unchanged')
def src = new File(basedir, 'src/main/java/com/example/shop')
def mesh = new File(src, 'ShopMesh.java').text
assert mesh.contains('public static final Team API = Team.named("api").namespace("api").owners("@shop/api").specPackage("com.example.shop.api");')
assert mesh.contains('public static final Secondary WEB_FRONTEND = WEB.secondary("web-frontend");')
assert mesh.contains('.delegate(prefix("/api"), API_VS)')
assert mesh.contains('public static final Secondary API_VS = API.secondary("api");')
assert new File(src, 'api/ApiRoutes.java').text.contains('.match(prefix("/api/users"))')
assert new File(src, 'web/FrontendRoutes.java').isFile()
return true
