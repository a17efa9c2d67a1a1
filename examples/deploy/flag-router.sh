#!/bin/sh
# The flag "router" of examples/feature-flag: lets canaryPromote and rollbackIfUnhealthy move a feature flag's
# rollout as if it were traffic, through the plugin's command router (docs/routers.md, "the command router").
#
#   flag-router.sh set <flag> <percent>   roll the flag out to <percent> of the users; 0 switches it off
#   flag-router.sh get <flag>             print "blue=<share without> green=<share with>"
#
# So "blue" is the cohort without the feature and "green" the cohort with it: the Jenkinsfile's
#   command(applyCommand: './deploy/flag-router.sh set new-checkout {greenWeight}',
#           readCommand: './deploy/flag-router.sh get new-checkout')
# makes a canary step of 25% a rollout of 25%, and a rollback a switch-off.
#
# Talks to the REST API of a flag service at $FLAGS_URL with the bearer token $FLAGS_TOKEN (both from the
# Jenkinsfile's withCredentials/environment): GET and PUT $FLAGS_URL/api/flags/<flag> with a body such as
# {"enabled": true, "rollout": 25}. Adapt the two calls to your flag service. Needs curl and jq.
set -eu

usage() {
    echo "usage: $0 set <flag> <percent> | get <flag>" >&2
    exit 2
}

[ $# -ge 2 ] || usage
: "${FLAGS_URL:?the flag service URL, e.g. https://flags.example.com}"
: "${FLAGS_TOKEN:?the flag service token}"
action=$1
flag=$2
case "$flag" in
    '' | *[!A-Za-z0-9._-]*) echo "not a flag name: '$flag'" >&2; exit 2 ;;
esac

api() {
    curl --silent --show-error --fail --max-time 10 \
        --header "Authorization: Bearer $FLAGS_TOKEN" --header 'Content-Type: application/json' "$@"
}

case "$action" in
    set)
        [ $# -eq 3 ] || usage
        # jq refuses anything that is not a number, so the body is always well-formed
        body=$(jq -cn --argjson rollout "$3" '{enabled: ($rollout > 0), rollout: $rollout}')
        api --request PUT --data "$body" "$FLAGS_URL/api/flags/$flag" > /dev/null
        ;;
    get)
        [ $# -eq 2 ] || usage
        state=$(api "$FLAGS_URL/api/flags/$flag")
        printf '%s' "$state" |
            jq -r 'if .enabled then "blue=\(100 - .rollout) green=\(.rollout)" else "blue=100 green=0" end'
        ;;
    *)
        usage
        ;;
esac
