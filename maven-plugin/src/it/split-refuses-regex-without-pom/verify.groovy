def log = new File(basedir, 'build.log').text
assert log.contains('yaml/monolith.yaml:12:7: VS301 default/shop spec.http[0].match[0].uri: regex "/api/users/[0-9]+": Istio never merges a regex URI under a primary\'s prefix')
assert log.contains('rewrite the regex as prefix "/api/users/" if that is what it means')
assert log.contains('nothing was written')
assert !new File(basedir, 'src').exists()
return true
