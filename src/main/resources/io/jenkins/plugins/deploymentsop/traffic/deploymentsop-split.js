// Deployment SOP plugin, nginx dynamic mode: picks blue or green for each request from the weights in a small JSON
// state file, e.g. {"blue": 90, "green": 10, "revision": "..."}. The plugin replaces that file atomically (write to
// a temporary file, then rename), so a request reads either the old or the new weights, and nginx is never reloaded.
//
// nginx configuration (see docs/routers.md):
//   js_import deploymentsop from deploymentsop-split.js;
//   js_set $deploymentsop_color deploymentsop.color;
//   set $deploymentsop_state /etc/nginx/deploymentsop/shop.json;   # in the server block
//   proxy_pass http://shop_$deploymentsop_color;                    # upstreams shop_blue and shop_green
//   location = /__deploymentsop/split { allow 127.0.0.1; deny all; js_content deploymentsop.split; }
var fs = require('fs');

function weights(r) {
    var file = r.variables.deploymentsop_state;
    if (!file) {
        throw new Error('$deploymentsop_state is not set');
    }
    var state = JSON.parse(fs.readFileSync(file, 'utf8'));
    var blue = state.blue;
    var green = state.green;
    if (typeof blue !== 'number' || typeof green !== 'number' || !(blue >= 0) || !(green >= 0)
            || blue + green <= 0) {
        throw new Error('invalid weights in ' + file);
    }
    return {blue: blue, green: green, revision: String(state.revision || '')};
}

// Returns "blue" or "green"; on a missing or broken state file "unavailable", so that the request fails loudly
// (no upstream has that name) instead of going to a colour nobody chose.
function color(r) {
    try {
        var w = weights(r);
        return Math.random() * (w.blue + w.green) < w.blue ? 'blue' : 'green';
    } catch (e) {
        r.error('deploymentsop: ' + e.message);
        return 'unavailable';
    }
}

// The status location: the weights exactly as the routing function reads them.
function split(r) {
    try {
        var w = weights(r);
        r.return(200, 'blue=' + w.blue + ' green=' + w.green + ' revision=' + w.revision + '\n');
    } catch (e) {
        r.return(500, 'deploymentsop: ' + e.message + '\n');
    }
}

export default {color, split};
