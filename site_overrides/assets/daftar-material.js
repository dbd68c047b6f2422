// Material 9.8.1's partials/javascripts/base.html (its storage helpers, which every page inlined),
// unchanged but for where the scope comes from: the page wrote it into the script, it now
// writes it on the element that loads this file (site_overrides/partials/javascripts/base.html),
// so a choice is still stored once for the whole site (re-copy on upgrade).
__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
