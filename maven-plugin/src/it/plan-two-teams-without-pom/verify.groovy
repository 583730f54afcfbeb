def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[INFO] vsplit plan: before/effective-routes.yaml -> after/effective-routes.yaml')
assert log.contains('[INFO]   team identity')
assert log.contains('match was exact "/login" or exact "/logout"')
assert log.contains('[INFO]   team storefront')
assert log.contains('[INFO] 2 routes changed: 1 of team identity, 1 of team storefront; 2 teams affected')
assert log.contains('this change touches team identity, team storefront, and failOnMultipleTeams is set')
return true
